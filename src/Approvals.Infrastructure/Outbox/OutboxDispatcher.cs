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

    public async Task DispatchAsync(ApprovalsDbContext db, long id, DateTimeOffset? dueAt, CancellationToken cancellationToken)
    {
        var delay = dueAt is { } due ? due - clock.GetUtcNow() : TimeSpan.Zero;
        queue.Enqueue(id, delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
        // A fast job may already have claimed it; then this changes nothing.
        await db.Outbox
            .Where(o => o.Id == id && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Scheduled), cancellationToken);
    }
}
