using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// After a commit, hands the step's new outbox rows to the job queue. If the process dies first, the rows
/// stay Pending and <see cref="OutboxSweeper"/> hands them over later: nothing committed is lost.
/// </summary>
public sealed class OutboxDispatcher(IJobQueue queue, TimeProvider clock)
{
    /// <summary>
    /// Queues a job for each row just committed (still Pending), then notes in one statement when each job is due: its
    /// due time, or now. A row a fast job already claimed is no longer Pending and keeps what that job wrote.
    /// </summary>
    public async Task DispatchAsync(ApprovalsDbContext db, IReadOnlyCollection<CommittedRow> committed, CancellationToken cancellationToken)
    {
        if (committed.Count == 0)
            return;
        var now = clock.GetUtcNow();
        foreach (var row in committed)
            queue.Enqueue(row.Id, RunAt(row.DueAt, now) - now);
        var ids = committed.Select(r => r.Id).ToList();
        await db.Outbox
            .Where(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Scheduled)
                .SetProperty(o => o.NextAttemptAt, o => o.DueAt != null && o.DueAt > now ? o.DueAt : now), cancellationToken);
    }

    public Task DispatchAsync(ApprovalsDbContext db, IEnumerable<OutboxMessage> committed, CancellationToken cancellationToken) =>
        DispatchAsync(db, CommittedRow.Of(committed), cancellationToken);

    /// <summary>Queues a job for the row at <paramref name="dueAt"/> (at once when null or past) and notes when that job is due.</summary>
    public async Task DispatchAsync(ApprovalsDbContext db, long id, DateTimeOffset? dueAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var runAt = RunAt(dueAt, now);
        queue.Enqueue(id, runAt - now);
        // A fast job may already have claimed it; then this changes nothing.
        await db.Outbox
            .Where(o => o.Id == id && (o.Status == OutboxStatus.Pending || o.Status == OutboxStatus.Scheduled || o.Status == OutboxStatus.Retrying))
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, o => o.Status == OutboxStatus.Pending ? OutboxStatus.Scheduled : o.Status)
                .SetProperty(o => o.NextAttemptAt, runAt), cancellationToken);
    }

    private static DateTimeOffset RunAt(DateTimeOffset? dueAt, DateTimeOffset now) => dueAt is { } due && due > now ? due : now;
}
