using Approvals.Infrastructure.Outbox;
using Hangfire;

namespace Approvals.Infrastructure.Jobs;

/// <summary>
/// The Hangfire job that runs one outbox message. It is never retried by Hangfire: the processor schedules the row's
/// retries itself, and a job that dies with its process is replaced by the outbox sweeper, not by Hangfire's invisibility timeout.
/// </summary>
public sealed class OutboxJob(OutboxProcessor processor, OutboxQueueProgress progress)
{
    /// <param name="queuedFor">When the job was queued to run (the application's clock): how far the queue has got, for the sweeper.</param>
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [JobDisplayName("Outbox message {0}")]
    public Task RunAsync(long outboxMessageId, DateTimeOffset queuedFor, CancellationToken cancellationToken)
    {
        progress.Reached(queuedFor);
        return processor.ProcessAsync(outboxMessageId, cancellationToken);
    }

    /// <summary>Jobs queued before the queue time was passed along; they still run.</summary>
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [JobDisplayName("Outbox message {0}")]
    public Task RunAsync(long outboxMessageId, CancellationToken cancellationToken) =>
        processor.ProcessAsync(outboxMessageId, cancellationToken);
}
