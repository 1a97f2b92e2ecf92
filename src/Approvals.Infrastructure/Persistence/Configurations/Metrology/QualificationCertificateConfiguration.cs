using Approvals.Core.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class QualificationCertificateConfiguration : IEntityTypeConfiguration<QualificationCertificate>
{
    public void Configure(EntityTypeBuilder<QualificationCertificate> builder)
    {
        builder.ToTable("QualificationCertificates");
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.Number).HasMaxLength(64);
        builder.Property(c => c.PersonId).HasMaxLength(64);
        builder.Property(c => c.Level).HasConversion<int>();
        builder.Property(c => c.Issuer).HasMaxLength(200);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
        builder.HasIndex(c => c.Number).IsUnique();
    }
}
