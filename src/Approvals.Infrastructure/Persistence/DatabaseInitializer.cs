using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Persistence;

public static class DatabaseInitializer
{
    /// <summary>Applies pending migrations; on SQLite also switches the file to WAL (persistent), so readers never block the writer.</summary>
    public static async Task MigrateAsync(ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
