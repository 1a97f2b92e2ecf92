using Approvals.Infrastructure.Outbox;
using Hangfire;

namespace Approvals.Infrastructure.Jobs;

/// <summary>
/// Hands outbox rows to Hangfire. The delay is counted on Hangfire's own clock, the machine's (not the application's
/// TimeProvider, which tests move): a job due in two seconds runs two real seconds from now. The job carries when it
/// was queued to run on the application's clock, which tells the sweeper how far the queue has got.
/// </summary>
internal sealed class HangfireJobQueue(IBackgroundJobClient jobs, TimeProvider clock) : IJobQueue
{
    public void Enqueue(long outboxMessageId, TimeSpan delay)
    {
        var queuedFor = clock.GetUtcNow() + (delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
        if (delay <= TimeSpan.Zero)
            jobs.Enqueue<OutboxJob>(job => job.RunAsync(outboxMessageId, queuedFor, CancellationToken.None));
        else
            jobs.Schedule<OutboxJob>(job => job.RunAsync(outboxMessageId, queuedFor, CancellationToken.None), WholeSecondNotBefore(TimeProvider.System.GetUtcNow() + delay));
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
