using Approvals.Infrastructure.Outbox;
using Hangfire;

namespace Approvals.Infrastructure.Jobs;

internal sealed class HangfireJobQueue(IBackgroundJobClient jobs, TimeProvider clock) : IJobQueue
{
    public void Enqueue(long outboxMessageId, TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
            jobs.Enqueue<OutboxJob>(job => job.RunAsync(outboxMessageId, CancellationToken.None));
        else
            jobs.Schedule<OutboxJob>(job => job.RunAsync(outboxMessageId, CancellationToken.None), WholeSecondNotBefore(clock.GetUtcNow() + delay));
    }

    /// <summary>
    /// Hangfire keeps a scheduled job's time in whole seconds, cut down, and hands it out once that second has begun:
    /// up to a second early. Rounded up, the job never runs before its time.
    /// </summary>
    internal static DateTimeOffset WholeSecondNotBefore(DateTimeOffset instant)
    {
        var remainder = instant.UtcTicks % TimeSpan.TicksPerSecond;
        return remainder == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerSecond - remainder);
    }
}
