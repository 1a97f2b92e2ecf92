using Approvals.Core.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class RegistrationChangeConfiguration : IEntityTypeConfiguration<RegistrationChange>
{
    public void Configure(EntityTypeBuilder<RegistrationChange> builder)
    {
        builder.ToTable("RegistrationChanges");
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.RegistrationId).HasMaxLength(64);
        builder.Property(c => c.RegistrationNumber).HasMaxLength(32);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.From).HasMaxLength(2000);
        builder.Property(c => c.To).HasMaxLength(2000);
        builder.Property(c => c.ApplicationId).HasMaxLength(64);
        builder.HasOne<Registration>().WithMany().HasForeignKey(c => c.RegistrationId);
        builder.HasIndex(c => new { c.RegistrationId, c.ChangedAt });
    }
}
