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
    public async Task DispatchAsync(ApprovalsDbContext db, IEnumerable<OutboxMessage> committed, CancellationToken cancellationToken)
    {
        foreach (var message in committed)
            await DispatchAsync(db, message.Id, message.DueAt, cancellationToken);
    }

    /// <summary>Queues a job for the row at <paramref name="dueAt"/> (at once when null or past) and notes when that job is due.</summary>
    public async Task DispatchAsync(ApprovalsDbContext db, long id, DateTimeOffset? dueAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var runAt = dueAt is { } due && due > now ? due : now;
        queue.Enqueue(id, runAt - now);
        // A fast job may already have claimed it; then this changes nothing.
        await db.Outbox
            .Where(o => o.Id == id && (o.Status == OutboxStatus.Pending || o.Status == OutboxStatus.Scheduled || o.Status == OutboxStatus.Retrying))
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, o => o.Status == OutboxStatus.Pending ? OutboxStatus.Scheduled : o.Status)
                .SetProperty(o => o.NextAttemptAt, runAt), cancellationToken);
    }
}
