using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.ToTable("IssuedDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.ApplicationId).HasMaxLength(64);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Occasion).HasMaxLength(96);
        builder.Property(d => d.DistrictCode).HasMaxLength(6);
        builder.Property(d => d.Number).HasMaxLength(64);
        // Once per case, kind and occasion; one number per place in a district's, year's and kind's sequence.
        builder.HasIndex(d => new { d.ApplicationId, d.Kind, d.Occasion }).IsUnique();
        builder.HasIndex(d => new { d.DistrictCode, d.Year, d.Kind, d.Sequence }).IsUnique();
        builder.HasIndex(d => new { d.ApplicationId, d.Number }).IsUnique();
        // One document per change of status it was issued with.
        builder.HasOne(d => d.TimelineEntry).WithMany().HasForeignKey(d => d.TimelineEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.TimelineEntryId).IsUnique();
        builder.Ignore(d => d.IsAwaitingNumber);
    }
}
