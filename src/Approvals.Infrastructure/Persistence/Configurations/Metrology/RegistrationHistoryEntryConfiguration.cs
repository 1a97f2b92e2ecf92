using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class RegistrationHistoryEntryConfiguration : IEntityTypeConfiguration<RegistrationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<RegistrationHistoryEntry> builder)
    {
        builder.ToTable("RegistrationHistory");
        builder.Property(h => h.RegistrationId).HasMaxLength(64);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.Reason).HasMaxLength(Application.ReasonMaxLength);
        builder.Property(h => h.ApplicationId).HasMaxLength(64);
        builder.HasOne<Registration>().WithMany().HasForeignKey(h => h.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.RegistrationId, h.At });
    }
}
