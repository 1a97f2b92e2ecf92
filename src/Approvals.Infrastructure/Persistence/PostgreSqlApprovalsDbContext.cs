using Approvals.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Persistence;

public sealed class PostgreSqlApprovalsDbContext(DbContextOptions<PostgreSqlApprovalsDbContext> options) : ApprovalsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        PostgreSqlCoveringIndexes.Apply(modelBuilder);
    }
}
