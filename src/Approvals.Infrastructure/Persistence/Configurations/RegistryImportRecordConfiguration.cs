using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class RegistryImportRecordConfiguration : IEntityTypeConfiguration<RegistryImportRecord>
{
    public void Configure(EntityTypeBuilder<RegistryImportRecord> builder)
    {
        builder.ToTable("RegistryImports");
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Property(i => i.ImportedBy).HasMaxLength(64);
        builder.Property(i => i.ImportedByName).HasMaxLength(256);
        builder.HasIndex(i => i.ImportedAt);
    }
}
