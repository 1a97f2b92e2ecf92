using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class HumanTaskRecordConfiguration : IEntityTypeConfiguration<HumanTaskRecord>
{
    public void Configure(EntityTypeBuilder<HumanTaskRecord> builder)
    {
        builder.ToTable("HumanTasks");
        builder.Property(t => t.Id).HasMaxLength(64);
        builder.Property(t => t.InstanceId).HasMaxLength(64);
        builder.Property(t => t.ActivityId).HasMaxLength(100);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.TitleEn).HasMaxLength(500);
        builder.Property(t => t.Role).HasMaxLength(64);
        builder.Property(t => t.District).HasMaxLength(64);
        // Claim and complete are one decision: a step that completes or cancels the task writes it only if nobody
        // claimed it since the step read it (the step commit's UPDATE carries the assignee it read).
        builder.Property(t => t.Assignee).HasMaxLength(256).IsConcurrencyToken();
        builder.Property(t => t.CompletedBy).HasMaxLength(256);
        builder.Property(t => t.Outcome).HasMaxLength(100);
        // Tasks opened before outcomes declared their reason keep the rule of their time: these two needed one.
        builder.Property(t => t.ReasonRequiredForJson).HasDefaultValue("[\"Reject\",\"RequestCorrections\"]");
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ChainPrevious).HasMaxLength(64);
        builder.Property(t => t.ChainHash).HasMaxLength(64);
        // An instance's tasks, its completed ones, and the last decision of one of its steps (read by every step that
        // returns for corrections, and by the case page). Status and activity are in the key so that SQLite, which plans
        // without statistics, prefers it to the Status-led indexes below: with those it read every completed task.
        builder.HasIndex(t => new { t.InstanceId, t.Status, t.ActivityId, t.CompletedAt });
        builder.HasIndex(t => new { t.Status, t.Role, t.District });
        // The inbox sorted by creation walks its district's open tasks in order and stops at the page.
        builder.HasIndex(t => new { t.Status, t.District, t.CreatedAt, t.Id });
        // Statistics: open tasks past their due date.
        builder.HasIndex(t => new { t.Status, t.DueAt });
    }
}
