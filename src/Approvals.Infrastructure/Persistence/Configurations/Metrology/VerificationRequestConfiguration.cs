using Approvals.Core.Applications;
using Approvals.Core.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class VerificationRequestConfiguration : IEntityTypeConfiguration<VerificationRequest>
{
    public void Configure(EntityTypeBuilder<VerificationRequest> builder)
    {
        builder.ToTable("VerificationRequests");
        builder.Property(v => v.Id).HasMaxLength(64);
        builder.Property(v => v.ApplicationId).HasMaxLength(64);
        builder.Property(v => v.InstanceId).HasMaxLength(64);
        builder.Property(v => v.ActivityId).HasMaxLength(100);
        builder.Property(v => v.BookmarkId).HasMaxLength(64);
        builder.Property(v => v.Subject).HasMaxLength(32);
        builder.Property(v => v.Number).HasMaxLength(64);
        builder.Property(v => v.HolderName).HasMaxLength(100);
        builder.Property(v => v.HolderIdNumber).HasMaxLength(18);
        builder.Property(v => v.IssuingDistrictCode).HasMaxLength(6);
        builder.Property(v => v.RequestingDistrictCode).HasMaxLength(6);
        // A round that ends closes its open requests with a guarded update, so an answer saved meanwhile is never overwritten.
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(v => v.AnsweredBy).HasMaxLength(256);
        builder.HasOne<Application>().WithMany().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.IssuingDistrictCode, v.Status });
        builder.HasIndex(v => new { v.BookmarkId, v.Status });
        // Statistics: requests a district was asked to answer in a period.
        builder.HasIndex(v => new { v.IssuingDistrictCode, v.CreatedAt });
    }
}
