using Approvals.Core.Registry;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class RegistrationHistoryEntryConfiguration : IEntityTypeConfiguration<RegistrationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<RegistrationHistoryEntry> builder)
    {
        builder.ToTable("RegistrationHistoryEntries");
        builder.Property(h => h.RegistrationId).HasMaxLength(64);
        builder.Property(h => h.RegistrationNumber).HasMaxLength(32);
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.From).HasMaxLength(RegistrationHistoryEntry.ValueMaxLength);
        builder.Property(h => h.To).HasMaxLength(RegistrationHistoryEntry.ValueMaxLength);
        builder.Property(h => h.Reason).HasMaxLength(RegistrationHistoryEntry.ValueMaxLength);
        builder.Property(h => h.ApplicationId).HasMaxLength(64);
        builder.Property(h => h.RecordedBy).HasMaxLength(64);
        builder.HasOne<Registration>().WithMany().HasForeignKey(h => h.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RegistryImportRecord>().WithMany(i => i.History).HasForeignKey(h => h.ImportId);
        builder.HasIndex(h => h.RegistrationNumber);
        builder.HasIndex(h => h.RegistrationId);
    }
}
