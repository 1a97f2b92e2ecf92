using Approvals.Core.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class ApplicationTimelineEntryConfiguration : IEntityTypeConfiguration<ApplicationTimelineEntry>
{
    public void Configure(EntityTypeBuilder<ApplicationTimelineEntry> builder)
    {
        builder.ToTable("ApplicationTimeline");
        builder.Property(t => t.ApplicationId).HasMaxLength(64);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.ActivityId).HasMaxLength(100);
        builder.Property(t => t.Actor).HasMaxLength(256);
        builder.Property(t => t.Notice).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.NoticeDetail).HasMaxLength(StatutoryExtensionRules.MaxReasonLength);
        builder.HasIndex(t => new { t.ApplicationId, t.At });
        // Statistics: decisions (approved, rejected) and correction requests made in a period.
        builder.HasIndex(t => new { t.Status, t.At });
    }
}
