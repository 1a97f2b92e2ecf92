using Approvals.Core.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class ProjectCertificateConfiguration : IEntityTypeConfiguration<ProjectCertificate>
{
    public void Configure(EntityTypeBuilder<ProjectCertificate> builder)
    {
        builder.ToTable("ProjectCertificates");
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Number).HasMaxLength(64);
        builder.Property(c => c.PersonId).HasMaxLength(64);
        builder.Property(c => c.Projects).AsJson();
        builder.Property(c => c.IssuingDistrictCode).HasMaxLength(6);
        builder.Property(c => c.Issuer).HasMaxLength(200);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId);
        builder.HasIndex(c => new { c.Kind, c.Number, c.IssuingDistrictCode }).IsUnique();
        builder.HasIndex(c => c.Number);
    }
}
