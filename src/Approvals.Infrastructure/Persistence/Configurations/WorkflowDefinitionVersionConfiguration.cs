using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class WorkflowDefinitionVersionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersion> builder)
    {
        builder.ToTable("WorkflowDefinitions");
        builder.Property(d => d.DefinitionId).HasMaxLength(100);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.Property(d => d.PublishedBy).HasMaxLength(256);
        builder.Property(d => d.ApprovedBy).HasMaxLength(256);
        builder.Property(d => d.PublicationReason).HasMaxLength(PublicationRequestLimits.MaxReasonLength);
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
        // At most one version new instances start on: the loser of two racing publishes fails here, not the definition list.
        builder.HasIndex(d => d.DefinitionId).IsUnique().HasFilter("\"IsCurrent\" = TRUE").HasDatabaseName("IX_WorkflowDefinitions_OneCurrent");
    }
}
