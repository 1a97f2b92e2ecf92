using Approvals.Core.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("Registrations");
        builder.Property(r => r.Id).HasMaxLength(64);
        builder.Property(r => r.Number).HasMaxLength(32);
        builder.Property(r => r.Level).HasConversion<int>();
        builder.Property(r => r.PersonId).HasMaxLength(64);
        builder.Property(r => r.EnterpriseId).HasMaxLength(64);
        builder.Property(r => r.Projects).AsJson();
        builder.Property(r => r.DistrictCode).HasMaxLength(6);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ApplicationId).HasMaxLength(64);
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId);
        builder.HasOne(r => r.Enterprise).WithMany().HasForeignKey(r => r.EnterpriseId);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => new { r.PersonId, r.Status });
        // Statistics: registrations held per district by status and expiry, counted from the index alone.
        builder.HasIndex(r => new { r.DistrictCode, r.Status, r.ValidTo });
    }
}
