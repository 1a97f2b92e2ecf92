using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class PublicationRequestConfiguration : IEntityTypeConfiguration<PublicationRequest>
{
    public void Configure(EntityTypeBuilder<PublicationRequest> builder)
    {
        builder.ToTable("PublicationRequests");
        builder.Property(r => r.DefinitionId).HasMaxLength(100);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.Property(r => r.Reason).HasMaxLength(PublicationRequestLimits.MaxReasonLength);
        builder.Property(r => r.DecisionReason).HasMaxLength(PublicationRequestLimits.MaxReasonLength);
        // A concurrency token: an approval and a rejection racing on one request cannot both be saved.
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        // One pending request per definition: two authors asking at once cannot both be waiting.
        builder.HasIndex(r => r.DefinitionId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_PublicationRequests_OnePending");
        builder.HasIndex(r => new { r.DefinitionId, r.RequestedAt });
    }
}
