using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Persistence;

public static class DatabaseInitializer
{
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromHours(1);

    /// <summary>Applies pending migrations; on SQLite also switches the file to WAL (persistent), so readers never block the writer.</summary>
    public static async Task MigrateAsync(ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        // A migration that fills a derived table reads years of rows in one statement: on 120,000 cases under load
        // that outlasts the provider's 30 s command timeout, and the host would never start.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(MigrationTimeout);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
