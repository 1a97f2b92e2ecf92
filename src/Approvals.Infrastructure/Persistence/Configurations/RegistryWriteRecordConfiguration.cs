using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class RegistryWriteRecordConfiguration : IEntityTypeConfiguration<RegistryWriteRecord>
{
    public void Configure(EntityTypeBuilder<RegistryWriteRecord> builder)
    {
        builder.ToTable("RegistryWrites");
        builder.Property(w => w.RecordKind).HasMaxLength(24);
        builder.Property(w => w.RecordId).HasMaxLength(64);
        builder.Property(w => w.RecordNumber).HasMaxLength(64);
        builder.Property(w => w.ContentHash).HasMaxLength(64);
        builder.Property(w => w.Previous).HasMaxLength(64);
        builder.Property(w => w.Hash).HasMaxLength(64);
        builder.HasIndex(w => w.Sequence).IsUnique();
        builder.HasIndex(w => w.RecordId);
    }
}
