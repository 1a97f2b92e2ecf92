using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class DocumentNumberCounterConfiguration : IEntityTypeConfiguration<DocumentNumberCounter>
{
    public void Configure(EntityTypeBuilder<DocumentNumberCounter> builder)
    {
        builder.ToTable("DocumentNumberCounters");
        builder.HasKey(c => new { c.DistrictCode, c.Year, c.Kind });
        builder.Property(c => c.DistrictCode).HasMaxLength(6);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
    }
}
