using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class ShippedDefinitionImportConfiguration : IEntityTypeConfiguration<ShippedDefinitionImport>
{
    public void Configure(EntityTypeBuilder<ShippedDefinitionImport> builder)
    {
        builder.ToTable("ShippedDefinitionImports");
        builder.Property(i => i.DefinitionId).HasMaxLength(100);
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(i => new { i.DefinitionId, i.ContentHash }).IsUnique();
    }
}
