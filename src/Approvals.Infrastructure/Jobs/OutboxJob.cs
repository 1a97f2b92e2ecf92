using Approvals.Infrastructure.Outbox;
using Hangfire;

namespace Approvals.Infrastructure.Jobs;

/// <summary>The Hangfire job that runs one outbox message; retried with Hangfire's back-off when it throws.</summary>
public sealed class OutboxJob(OutboxProcessor processor)
{
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [JobDisplayName("Outbox message {0}")]
    public Task RunAsync(long outboxMessageId, CancellationToken cancellationToken) =>
        processor.ProcessAsync(outboxMessageId, cancellationToken);
}
