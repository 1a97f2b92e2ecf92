namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// How far this node's job workers have got through the queue: the latest time a job they ran had been queued for,
/// and when they ran it. Under a backlog the queue runs minutes behind, and a row still waiting minutes after it was
/// queued is not lost, only behind the others; handing it over again queued a second job behind the same backlog, so
/// the sweeper made the backlog it met longer. The job's own queue time counts, not the row's: a row handed over again
/// (the next mail of a case, once the one before it is sent) may be claimed by its first job, far back in the queue.
/// </summary>
public sealed class OutboxQueueProgress(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _latestQueuedFor;
    private DateTimeOffset _lastRunAt;

    /// <summary>A worker runs a job that was queued to run at <paramref name="queuedFor"/>.</summary>
    public void Reached(DateTimeOffset queuedFor)
    {
        lock (_gate)
        {
            if (_latestQueuedFor is null || queuedFor > _latestQueuedFor)
                _latestQueuedFor = queuedFor;
            _lastRunAt = clock.GetUtcNow();
        }
    }

    /// <summary>
    /// A Scheduled or Retrying row queued to run before this instant has a lost job. While jobs are being run, that is
    /// <paramref name="lostJobAfter"/> before the latest queue time they reached: the queue has passed such a row by.
    /// With no job run for <paramref name="lostJobAfter"/> (an idle queue, or a node that runs no jobs), it is that long before now.
    /// </summary>
    public DateTimeOffset JobLostBefore(DateTimeOffset now, TimeSpan lostJobAfter)
    {
        lock (_gate)
        {
            var reached = _latestQueuedFor is { } latest && now - _lastRunAt < lostJobAfter && latest < now ? latest : now;
            return reached - lostJobAfter;
        }
    }
}
