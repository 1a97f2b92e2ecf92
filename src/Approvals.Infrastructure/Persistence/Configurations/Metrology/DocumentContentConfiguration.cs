using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentContentRecord> builder)
    {
        builder.ToTable("DocumentContents");
        builder.HasKey(c => c.Sha256);
        builder.Property(c => c.Sha256).HasMaxLength(64);
    }
}
