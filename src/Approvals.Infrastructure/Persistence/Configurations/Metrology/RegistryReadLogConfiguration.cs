using Approvals.Core.Registry;
using Approvals.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class RegistryReadLogConfiguration : IEntityTypeConfiguration<RegistryReadLog>
{
    public void Configure(EntityTypeBuilder<RegistryReadLog> builder)
    {
        builder.ToTable("RegistryReadLog");
        builder.Property(r => r.ReaderUserId).HasMaxLength(256);
        // Wide enough for the committee ("executive-committee"), whose staff read cases of every district.
        builder.Property(r => r.ReaderDistrictCode).HasMaxLength(32);
        builder.Property(r => r.Purpose).HasMaxLength(128);
        builder.Property(r => r.RecordNumber).HasMaxLength(64);
        builder.HasIndex(r => r.RecordNumber);
        builder.HasIndex(r => r.ReadAt);
        // The audit chain lives beside the domain's fields: the read log knows nothing of hashes.
        builder.Property<long?>(RegistryReadChain.Sequence);
        builder.Property<string>(RegistryReadChain.Previous).HasMaxLength(64);
        builder.Property<string>(RegistryReadChain.Hash).HasMaxLength(64);
        builder.HasIndex(RegistryReadChain.Sequence).IsUnique();
    }
}
