using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// Claims a batch of due timers, reminders and escalations in one statement: the rows whose due time has come (on the
/// application's clock, so never early) become Processing with this worker's lease and one more attempt, and their ids
/// come back. The statement is the claim: a row another node or a Hangfire job took first no longer matches the outer
/// condition, and on PostgreSQL <c>FOR UPDATE SKIP LOCKED</c> passes over rows another claim is taking at that moment
/// instead of waiting for it; SQLite runs one write at a time. Claiming row by row cost a conditional update and a read
/// per row, which in a burst of hundreds kept the rows waiting behind each other's round trips.
/// </summary>
internal static class DueRowClaims
{
    private const string ClaimHead = """
        UPDATE "Outbox" SET "Status" = {0}, "LeaseUntil" = {1}, "Attempts" = "Attempts" + 1
        WHERE "Status" IN ({2}, {3}) AND "Id" IN (
            SELECT "Id" FROM "Outbox"
            WHERE "Status" IN ({2}, {3}) AND "DueAt" IS NOT NULL AND "DueAt" <= {4} AND "Kind" IN ({5}, {6}, {7})
            ORDER BY "DueAt" LIMIT {8}
        """;

    private const string ClaimTail = """
        )
        RETURNING "Id" AS "Value"
        """;

    public static async Task<List<OutboxMessage>> ClaimAsync(ApprovalsDbContext db, DateTimeOffset now, TimeSpan lease, int batch, CancellationToken cancellationToken)
    {
        var (dueBefore, leaseUntil) = (ProviderInstant(db, now), ProviderInstant(db, now + lease));
        var sql = ClaimHead + (db.Database.IsNpgsql() ? " FOR UPDATE SKIP LOCKED" : "") + ClaimTail;
        var ids = await db.Database.SqlQueryRaw<long>(sql,
                nameof(OutboxStatus.Processing), leaseUntil, nameof(OutboxStatus.Scheduled), nameof(OutboxStatus.Pending), dueBefore,
                OutboxKinds.Timer, OutboxKinds.Reminder, OutboxKinds.Escalation, batch)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return [];
        return await db.Outbox.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.DueAt).ToListAsync(cancellationToken);
    }

    /// <summary>Hands back claimed rows whose work never began: Scheduled again, the claim's attempt not counted.</summary>
    public static async Task ReleaseAsync(ApprovalsDbContext db, IReadOnlyCollection<OutboxMessage> unstarted)
    {
        foreach (var message in unstarted)
        {
            await db.Outbox.Where(o => o.Id == message.Id && o.Status == OutboxStatus.Processing && o.Attempts == message.Attempts)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Status, OutboxStatus.Scheduled)
                    .SetProperty(o => o.Attempts, o => o.Attempts - 1)
                    .SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
    }

    /// <summary>An instant as the provider stores it (UTC ticks on SQLite), through the model's own converter.</summary>
    private static object ProviderInstant(ApprovalsDbContext db, DateTimeOffset instant)
    {
        var converter = db.Model.FindEntityType(typeof(OutboxMessage))!.FindProperty(nameof(OutboxMessage.DueAt))!.GetTypeMapping().Converter;
        return converter?.ConvertToProvider(instant) ?? instant;
    }
}
