using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Persistence;

public sealed class SqliteApprovalsDbContext(DbContextOptions<SqliteApprovalsDbContext> options) : ApprovalsDbContext(options)
{
    // SQLite has no date type: UTC ticks in an INTEGER compare and sort correctly, text with offsets does not.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
