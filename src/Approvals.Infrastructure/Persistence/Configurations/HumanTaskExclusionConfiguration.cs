using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class HumanTaskExclusionConfiguration : IEntityTypeConfiguration<HumanTaskExclusion>
{
    public void Configure(EntityTypeBuilder<HumanTaskExclusion> builder)
    {
        builder.ToTable("HumanTaskExclusions");
        builder.HasKey(x => new { x.TaskId, x.UserName });
        builder.Property(x => x.TaskId).HasMaxLength(64);
        builder.Property(x => x.UserName).HasMaxLength(256);
        // The step commit writes the task row itself and then stops tracking it; EF must not read that as the task
        // going away and drop the exclusions it saves just after (tasks are never deleted).
        builder.HasOne<HumanTaskRecord>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.ClientNoAction);
    }
}
