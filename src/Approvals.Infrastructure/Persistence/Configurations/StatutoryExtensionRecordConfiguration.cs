using Approvals.Core.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class StatutoryExtensionRecordConfiguration : IEntityTypeConfiguration<StatutoryExtensionRecord>
{
    public void Configure(EntityTypeBuilder<StatutoryExtensionRecord> builder)
    {
        builder.ToTable("StatutoryExtensions");
        builder.HasKey(e => e.InstanceId);
        builder.Property(e => e.InstanceId).HasMaxLength(64);
        builder.Property(e => e.Reason).HasMaxLength(StatutoryExtensionRules.MaxReasonLength);
        builder.Property(e => e.ExtendedBy).HasMaxLength(256);
    }
}
