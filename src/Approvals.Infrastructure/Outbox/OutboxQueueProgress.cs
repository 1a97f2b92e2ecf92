namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// How far this node's job workers have got through the queue: the latest due time (<see cref="Approvals.UseCases.Records.OutboxMessage.NextAttemptAt"/>)
/// of a row a job claimed, and when that was. Under a backlog the queue runs minutes behind, and a row still waiting
/// minutes after it was queued is not lost, only behind the others; handing it over again queued a second job behind
/// the same backlog, so the sweeper made the backlog it met longer.
/// </summary>
public sealed class OutboxQueueProgress(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _latestClaimedDue;
    private DateTimeOffset _lastClaimAt;

    /// <summary>A job claimed the row that was queued to run at <paramref name="nextAttemptAt"/>.</summary>
    public void Claimed(DateTimeOffset? nextAttemptAt)
    {
        if (nextAttemptAt is not { } due)
            return;
        lock (_gate)
        {
            if (_latestClaimedDue is null || due > _latestClaimedDue)
                _latestClaimedDue = due;
            _lastClaimAt = clock.GetUtcNow();
        }
    }

    /// <summary>
    /// A Scheduled or Retrying row queued to run before this instant has a lost job. While jobs are still being claimed,
    /// that is <paramref name="lostJobAfter"/> before the latest row they reached: the queue has passed such a row by.
    /// With no claim for <paramref name="lostJobAfter"/> (an idle queue, or a node that runs no jobs), it is that long before now.
    /// </summary>
    public DateTimeOffset JobLostBefore(DateTimeOffset now, TimeSpan lostJobAfter)
    {
        lock (_gate)
        {
            var reached = _latestClaimedDue is { } due && now - _lastClaimAt < lostJobAfter && due < now ? due : now;
            return reached - lostJobAfter;
        }
    }
}
