using Approvals.Core.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class RecognitionConfiguration : IEntityTypeConfiguration<Recognition>
{
    public void Configure(EntityTypeBuilder<Recognition> builder)
    {
        builder.ToTable("Recognitions");
        builder.Property(r => r.Id).HasMaxLength(64);
        builder.Property(r => r.Number).HasMaxLength(32);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Level).HasConversion<int?>();
        builder.Property(r => r.PersonId).HasMaxLength(64);
        builder.Property(r => r.EnterpriseId).HasMaxLength(64);
        builder.Property(r => r.RecognisedNumber).HasMaxLength(64);
        builder.Property(r => r.OriginDistrictCode).HasMaxLength(6);
        builder.Property(r => r.DistrictCode).HasMaxLength(6);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ApplicationId).HasMaxLength(64);
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => r.RecognisedNumber);
        // Statistics: recognitions issued in a period.
        builder.HasIndex(r => r.IssuedAt);
    }
}
