using Approvals.UseCases.Records;
using Approvals.UseCases.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class SavedWorklistViewConfiguration : IEntityTypeConfiguration<SavedWorklistView>
{
    public void Configure(EntityTypeBuilder<SavedWorklistView> builder)
    {
        builder.ToTable("SavedWorklistViews");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(32);
        builder.Property(x => x.UserName).HasMaxLength(256);
        builder.Property(x => x.Name).HasMaxLength(SavedWorklistViews.NameMaxLength);
        builder.Property(x => x.Query).HasMaxLength(2000);
        // One view per name and user: saving under the same name replaces it.
        builder.HasIndex(x => new { x.UserName, x.Name }).IsUnique();
    }
}
