using Approvals.UseCases.Audit;
using Approvals.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHeads");
        builder.HasKey(h => h.Chain);
        builder.Property(h => h.Chain).HasMaxLength(32);
        builder.Property(h => h.Length).IsConcurrencyToken();
        builder.Property(h => h.Head).HasMaxLength(64);
        // Both ends exist from the migration on, so two first writers race on the length, never on an insert.
        builder.HasData(
            new AuditChainHead { Chain = AuditChains.RegistryWrites, Length = 0 },
            new AuditChainHead { Chain = AuditChains.RegistryReads, Length = 0 });
    }
}
