using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class CompletedOneOffTaskConfiguration : IEntityTypeConfiguration<CompletedOneOffTask>
{
    public void Configure(EntityTypeBuilder<CompletedOneOffTask> builder)
    {
        builder.ToTable("CompletedOneOffTasks");
        // The name is the key: a second node finishing the same work at the same moment is refused, and retries.
        builder.HasKey(t => t.Name);
        builder.Property(t => t.Name).HasMaxLength(100);
    }
}
