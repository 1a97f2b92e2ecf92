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
        // The sweeper's retry and lease arms (OutboxStranded): without them it reads the whole outbox in id order.
        builder.HasIndex(o => new { o.Status, o.NextAttemptAt });
        builder.HasIndex(o => new { o.Status, o.LeaseUntil });
        builder.HasIndex(o => o.DeduplicationKey).IsUnique();
        // A case's mails go out in order: claiming one asks for an earlier unsent mail of its case, and finishing one for
        // the next. Without this each claim read the whole outbox (2–5 s with 2.7M rows after ten years).
        builder.HasIndex(o => new { o.CorrelationId, o.Kind, o.Id });
    }
}
