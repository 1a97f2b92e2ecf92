using Approvals.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class ApprovalsUserConfiguration : IEntityTypeConfiguration<ApprovalsUser>
{
    public void Configure(EntityTypeBuilder<ApprovalsUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.PreferredCulture).HasMaxLength(16);
        builder.Property(u => u.District).HasMaxLength(32);
        builder.HasIndex(u => u.District);
        builder.Property(u => u.EnterpriseCreditCode).HasMaxLength(18);
        builder.Property(u => u.EnterpriseName).HasMaxLength(200);
    }
}
