using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class JournalRecordConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("Journal");
        builder.Property(j => j.InstanceId).HasMaxLength(64);
        builder.Property(j => j.ActivityId).HasMaxLength(100);
        builder.Property(j => j.ActivityType).HasMaxLength(100);
        builder.Property(j => j.Event).HasConversion<string>().HasMaxLength(32);
        builder.Property(j => j.Outcome).HasMaxLength(100);
        builder.Property(j => j.Actor).HasMaxLength(256);
        builder.Property(j => j.ChainPrevious).HasMaxLength(64);
        builder.Property(j => j.ChainHash).HasMaxLength(64);
        // Also refuses a second line at one place of an instance's chain, should anything bypass the revision guard.
        builder.HasIndex(j => new { j.InstanceId, j.ChainSequence }).IsUnique();
    }
}
