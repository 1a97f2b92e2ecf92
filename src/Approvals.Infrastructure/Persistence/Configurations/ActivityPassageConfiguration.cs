using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class ActivityPassageConfiguration : IEntityTypeConfiguration<ActivityPassage>
{
    public void Configure(EntityTypeBuilder<ActivityPassage> builder)
    {
        builder.ToTable("ActivityPassages");
        builder.HasKey(p => new { p.InstanceId, p.ActivityId });
        builder.Property(p => p.InstanceId).HasMaxLength(64);
        builder.Property(p => p.ActivityId).HasMaxLength(100);
    }
}
