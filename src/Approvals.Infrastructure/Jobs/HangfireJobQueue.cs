using Approvals.Infrastructure.Outbox;
using Hangfire;

namespace Approvals.Infrastructure.Jobs;

internal sealed class HangfireJobQueue(IBackgroundJobClient jobs) : IJobQueue
{
    public void Enqueue(long outboxMessageId, TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
            jobs.Enqueue<OutboxJob>(job => job.RunAsync(outboxMessageId, CancellationToken.None));
        else
            jobs.Schedule<OutboxJob>(job => job.RunAsync(outboxMessageId, CancellationToken.None), delay);
    }
}
