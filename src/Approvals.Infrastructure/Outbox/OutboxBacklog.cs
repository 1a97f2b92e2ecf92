using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>What the outbox owes right now: rows due and not finished, how long the oldest has waited, and rows no job will run.</summary>
public sealed record OutboxBacklogFigures(int Due, TimeSpan OldestWait, int Stranded);

/// <summary>Reads <see cref="OutboxBacklogFigures"/> with three small indexed queries, for readiness and the metrics gauges.</summary>
public sealed class OutboxBacklog(ApprovalsDbContext db, IOptions<OutboxOptions> options, OutboxQueueProgress progress, TimeProvider clock)
{
    public async Task<OutboxBacklogFigures> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = db.Outbox.AsNoTracking()
            .Where(o => o.Status == OutboxStatus.Pending || o.Status == OutboxStatus.Scheduled || o.Status == OutboxStatus.Retrying || o.Status == OutboxStatus.Processing)
            .Where(o => (o.NextAttemptAt ?? o.DueAt ?? o.CreatedAt) <= now);
        var count = await due.CountAsync(cancellationToken);
        var oldest = count == 0 ? now : await due.MinAsync(o => o.NextAttemptAt ?? o.DueAt ?? o.CreatedAt, cancellationToken);
        // The sweeper hands stranded rows over every SweepInterval; one it has missed twice is what an operator must see.
        var sweeps = 2 * options.Value.SweepInterval;
        var jobLostBefore = progress.JobLostBefore(now, options.Value.LostJobAfter) - sweeps;
        var stranded = await OutboxStranded.In(db.Outbox.AsNoTracking(), now - sweeps, jobLostBefore).CountAsync(cancellationToken);
        return new OutboxBacklogFigures(count, now - oldest, stranded);
    }
}
