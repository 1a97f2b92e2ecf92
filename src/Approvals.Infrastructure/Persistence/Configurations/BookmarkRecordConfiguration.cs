using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class BookmarkRecordConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("Bookmarks");
        builder.Property(b => b.Id).HasMaxLength(64);
        builder.Property(b => b.InstanceId).HasMaxLength(64);
        builder.Property(b => b.ActivityId).HasMaxLength(100);
        builder.Property(b => b.Kind).HasMaxLength(64);
        builder.HasIndex(b => b.InstanceId);
        builder.Property(b => b.DefinitionId).HasMaxLength(100);
        builder.Property(b => b.District).HasMaxLength(64);
        // The designer's waiting counts of one version (and district): read from the index alone, never the instances.
        builder.HasIndex(b => new { b.DefinitionId, b.DefinitionVersion, b.District, b.ActivityId, b.InstanceId });
    }
}
