using System.Data;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// Folds the passage tally's appended rows: each key (version, district, activity) with more than one row gets one
/// row of their sum instead, so the designer's counts read about one row per activity however many instances passed.
/// At start-up, then every <see cref="Interval"/>. Rows appended meanwhile are summed by the next fold; the reader
/// sums whatever is there, so a fold changes no count. A fold takes the rows in batches of <see cref="BatchRows"/>, each
/// in a transaction of its own: after an outage, a restore or a bulk load there may be millions of rows, and one
/// transaction over all of them held SQLite's write lock for longer than any writer waits (16 million rows of a
/// million-case data set made every write of the first minute fail with "database is locked").
/// </summary>
public sealed partial class ActivityTallyFolder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ActivityTallyFolder> logger) : BackgroundService
{
    /// <summary>At 1,500 instances/s (the engine benchmark) about 100,000 rows; at a zone's pace a handful.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    /// <summary>Rows one transaction folds: tens of milliseconds of SQLite's write lock.</summary>
    public const int BatchRows = 20_000;

    // The same snapshot for both statements (PostgreSQL: repeatable read; SQLite: one writer): rows committed
    // after it are neither summed nor deleted. A second node folding the same rows at once fails to delete them
    // (PostgreSQL: could not serialize) and rolls back; they were folded.
    private const string Fold = """
        INSERT INTO "ActivityPassageTallies" ("DefinitionId", "DefinitionVersion", "District", "ActivityId", "Passed")
        SELECT "DefinitionId", "DefinitionVersion", "District", "ActivityId", SUM("Passed") FROM "ActivityPassageTallies"
        WHERE "Id" BETWEEN {0} AND {1} GROUP BY "DefinitionId", "DefinitionVersion", "District", "ActivityId" HAVING COUNT(*) > 1;
        DELETE FROM "ActivityPassageTallies" WHERE "Id" BETWEEN {0} AND {1}
        AND ("DefinitionId", "DefinitionVersion", "District", "ActivityId") IN (
            SELECT "DefinitionId", "DefinitionVersion", "District", "ActivityId" FROM "ActivityPassageTallies"
            WHERE "Id" BETWEEN {0} AND {1} GROUP BY "DefinitionId", "DefinitionVersion", "District", "ActivityId" HAVING COUNT(*) > 1);
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await FoldAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFoldFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Folds the rows there are now, oldest first, a batch per transaction.</summary>
    public async Task FoldAsync(CancellationToken cancellationToken)
    {
        long last;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var tallies = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().ActivityPassageTallies;
            if (await tallies.MaxAsync(t => (long?)t.Id, cancellationToken) is not { } newest)
                return;
            last = newest;
        }
        // Batches are counted in rows, not ids: once folded, the few rows left lie far apart (173 rows between ids
        // 176 and 16 million on the million-case zone), and stepping through the id span opened hundreds of empty
        // transactions per fold.
        for (var from = long.MinValue; from <= last;)
        {
            var to = await BatchEndAsync(from, last, cancellationToken);
            await FoldBatchAsync(from, to, cancellationToken);
            from = to + 1;
        }
    }

    private async Task<long> BatchEndAsync(long from, long last, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tallies = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().ActivityPassageTallies;
        return await tallies.Where(t => t.Id >= from && t.Id <= last).OrderBy(t => t.Id)
            .Skip(BatchRows - 1).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancellationToken) ?? last;
    }

    private async Task FoldBatchAsync(long from, long to, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(
            db.Database.IsNpgsql() ? IsolationLevel.RepeatableRead : IsolationLevel.Serializable, cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync(Fold, [from, to], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.SerializationFailure)
        {
            LogFoldedElsewhere(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Folding the activity passage tally failed; it runs again at the next interval")]
    private static partial void LogFoldFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Another node folded the activity passage tally at the same time")]
    private static partial void LogFoldedElsewhere(ILogger logger);
}
