using Approvals.Core.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("Persons");
        builder.Property(p => p.Id).HasMaxLength(64);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.IdType).HasMaxLength(32);
        builder.Property(p => p.IdNumber).HasMaxLength(18);
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.Culture).HasMaxLength(8).HasDefaultValue(Core.Applications.ApplicantCultures.Default);
        builder.Property(p => p.Phone).HasMaxLength(32);
        builder.HasIndex(p => p.IdNumber).IsUnique();
    }
}
