using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(o => o.Kind).HasMaxLength(32);
        builder.Property(o => o.CorrelationId).HasMaxLength(100);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.DeduplicationKey).HasMaxLength(200);
        builder.HasIndex(o => new { o.Status, o.CreatedAt });
        // The due-row dispatcher's query, several times a second on every job-running node.
        builder.HasIndex(o => new { o.Status, o.DueAt });
        builder.HasIndex(o => o.DeduplicationKey).IsUnique();
    }
}
