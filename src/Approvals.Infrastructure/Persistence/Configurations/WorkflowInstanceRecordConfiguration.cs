using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class WorkflowInstanceRecordConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.Property(i => i.Id).HasMaxLength(64);
        builder.Property(i => i.DefinitionId).HasMaxLength(100);
        builder.Property(i => i.CorrelationId).HasMaxLength(100);
        builder.Property(i => i.District).HasMaxLength(64);
        builder.Property(i => i.PublicStatus).HasMaxLength(64);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.Property(i => i.ChainHead).HasMaxLength(64);
        builder.HasIndex(i => i.CorrelationId);
        builder.HasIndex(i => new { i.DefinitionId, i.Status });
        builder.HasIndex(i => new { i.District, i.CreatedAt });
        // The executive committee's instance list (every district, newest first) reads this index backwards and stops at the page.
        builder.HasIndex(i => i.CreatedAt);
    }
}
