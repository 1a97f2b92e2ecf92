using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class ClockStopRecordConfiguration : IEntityTypeConfiguration<ClockStopRecord>
{
    public void Configure(EntityTypeBuilder<ClockStopRecord> builder)
    {
        builder.ToTable("ClockStops");
        builder.HasKey(s => s.BookmarkId);
        builder.Property(s => s.BookmarkId).HasMaxLength(64);
        builder.Property(s => s.InstanceId).HasMaxLength(64);
        builder.HasIndex(s => s.InstanceId);
    }
}
