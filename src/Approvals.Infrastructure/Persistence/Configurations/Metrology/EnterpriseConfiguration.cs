using Approvals.Core.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ToTable("Enterprises");
        builder.Property(e => e.Id).HasMaxLength(64);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.CreditCode).HasMaxLength(18);
        builder.Property(e => e.DistrictCode).HasMaxLength(6);
        builder.Property(e => e.Address).HasMaxLength(300);
        builder.HasIndex(e => e.CreditCode).IsUnique();
    }
}
