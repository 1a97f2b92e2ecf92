using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class ActivityPassageTallyConfiguration : IEntityTypeConfiguration<ActivityPassageTally>
{
    public void Configure(EntityTypeBuilder<ActivityPassageTally> builder)
    {
        builder.ToTable("ActivityPassageTallies");
        builder.Property(t => t.DefinitionId).HasMaxLength(100);
        builder.Property(t => t.District).HasMaxLength(64);
        builder.Property(t => t.ActivityId).HasMaxLength(100);
        // The designer's counts of one version (and district) sum these rows; folding groups by the same key.
        builder.HasIndex(t => new { t.DefinitionId, t.DefinitionVersion, t.District, t.ActivityId });
    }
}
