using Approvals.Infrastructure.Observability;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// Runs one outbox message. Hangfire may run a job twice (and the sweeper hands lost jobs over again), so the message
/// is first claimed with a conditional update; whoever loses the claim does nothing. Retries are ours, not Hangfire's:
/// a failed attempt makes the row Retrying with its error and queues the next attempt after a doubling wait; the last
/// makes it Failed. Jobs are never early: the queue hands them to Hangfire rounded up to the whole second (see HangfireJobQueue).
/// Mails of one case (one correlation id) go out in the order they were written: a mail is not claimed while an earlier
/// mail of its case is neither Done nor Failed, and the earlier one, once Done or Failed, hands the next to the queue.
/// </summary>
public sealed partial class OutboxProcessor(
    ApprovalsDbContext db,
    IEnumerable<IOutboxHandler> handlers,
    IJobQueue queue,
    OutboxDispatcher dispatcher,
    FailedMailAlert alert,
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ApprovalsMetrics metrics,
    ILogger<OutboxProcessor> logger)
{
    /// <returns>true when this call did the work, false when it failed, was claimed elsewhere or is done.</returns>
    public async Task<bool> ProcessAsync(long id, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(id, cancellationToken))
        {
            LogNotClaimed(logger, id);
            return false;
        }

        var message = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id, cancellationToken);
        return await RunClaimedAsync(message, cancellationToken);
    }

    /// <summary>
    /// Runs a message this worker already claimed (Processing under its lease, the attempt counted), as read after the
    /// claim: <see cref="ProcessAsync"/> claims one row, <see cref="DueRowDispatcher"/> a batch of due rows at once.
    /// </summary>
    /// <returns>true when the work was done, false when it failed.</returns>
    public async Task<bool> RunClaimedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = message.Id;
        using var logScope = logger.BeginScope(new Dictionary<string, object?> { ["OutboxId"] = id, ["OutboxKind"] = message.Kind, ["CorrelationId"] = message.CorrelationId });
        if (message.DueAt is { } due)
            metrics.TimerClaimed(message.Kind, clock.GetUtcNow() - due);
        var handler = handlers.FirstOrDefault(h => h.Kind == message.Kind)
            ?? throw new InvalidOperationException($"No outbox handler for kind '{message.Kind}'.");
        try
        {
            await using (new OutboxLeaseRenewal(scopes, clock, id, message.Attempts, options.Value.Lease))
                await handler.HandleAsync(message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReleaseAsync(message);
            throw;
        }
        catch (Exception ex)
        {
            await RecordFailureAsync(message, ex);
            return false;
        }

        if (message.Kind == OutboxKinds.Email)
            metrics.MailSent();
        await db.Outbox.Where(o => o.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, OutboxStatus.Done)
            .SetProperty(o => o.CompletedAt, clock.GetUtcNow())
            .SetProperty(o => o.LastError, (string?)null)
            .SetProperty(o => o.NextAttemptAt, (DateTimeOffset?)null)
            .SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        await HandOverNextOfTheCaseAsync(message);
        return true;
    }

    private async Task<bool> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leaseUntil = now + options.Value.Lease;
        // A Processing row whose lease ran out was held by a worker that died: whether its work got out is unknown.
        var claimed = await db.Outbox
            .Where(o => o.Id == id
                && (o.Status == OutboxStatus.Pending || o.Status == OutboxStatus.Scheduled || o.Status == OutboxStatus.Retrying
                    || (o.Status == OutboxStatus.Processing && o.LeaseUntil < now))
                && !(o.Kind == OutboxKinds.Email && o.CorrelationId != null && db.Outbox.Any(earlier =>
                    earlier.Kind == OutboxKinds.Email && earlier.CorrelationId == o.CorrelationId && earlier.Id < o.Id
                    && earlier.Status != OutboxStatus.Done && earlier.Status != OutboxStatus.Failed
                    && (earlier.DueAt == null || earlier.DueAt <= now))))
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.OutcomeUnknown, o => o.OutcomeUnknown || o.Status == OutboxStatus.Processing)
                .SetProperty(o => o.Status, OutboxStatus.Processing)
                .SetProperty(o => o.LeaseUntil, leaseUntil)
                .SetProperty(o => o.Attempts, o => o.Attempts + 1), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Stopped by shutdown: the row is free for the next worker at once; a mail may have gone out, so its outcome is unknown.</summary>
    private async Task ReleaseAsync(OutboxMessage message)
    {
        var now = clock.GetUtcNow();
        await db.Outbox.Where(o => o.Id == message.Id && o.Status == OutboxStatus.Processing && o.Attempts == message.Attempts)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Scheduled)
                .SetProperty(o => o.OutcomeUnknown, true)
                .SetProperty(o => o.NextAttemptAt, now)
                .SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        LogReleased(logger, message.Id, message.Kind);
    }

    private async Task RecordFailureAsync(OutboxMessage message, Exception ex)
    {
        var givenUp = message.Attempts >= options.Value.MaxAttempts;
        var delay = options.Value.RetryDelayAfter(message.Attempts);
        DateTimeOffset? nextAttempt = givenUp ? null : clock.GetUtcNow() + delay;
        var uncertain = ex is IUncertainOutcome { OutcomeUnknown: true };
        if (message.Kind == OutboxKinds.Email)
            metrics.MailFailed(givenUp);
        await db.Outbox.Where(o => o.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, givenUp ? OutboxStatus.Failed : OutboxStatus.Retrying)
            .SetProperty(o => o.LastError, ex.Message)
            .SetProperty(o => o.OutcomeUnknown, o => o.OutcomeUnknown || uncertain)
            .SetProperty(o => o.NextAttemptAt, nextAttempt)
            .SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        if (givenUp)
        {
            LogGivenUp(logger, ex, message.Id, message.Kind, message.Attempts);
            await AlertAsync(message, ex);
            await HandOverNextOfTheCaseAsync(message);
            return;
        }
        LogAttemptFailed(logger, ex, message.Id, message.Kind, message.Attempts, delay);
        queue.Enqueue(message.Id, delay);
    }

    /// <summary>
    /// A later mail of the case may have found this one unfinished and waited: it is handed to the queue now rather
    /// than at the sweeper's next pass. Only the next one: it hands over its own successor when it is done.
    /// </summary>
    private async Task HandOverNextOfTheCaseAsync(OutboxMessage finished)
    {
        if (finished.Kind != OutboxKinds.Email || finished.CorrelationId is null)
            return;
        var now = clock.GetUtcNow();
        var next = await db.Outbox.AsNoTracking()
            .Where(o => o.Kind == OutboxKinds.Email && o.CorrelationId == finished.CorrelationId && o.Id > finished.Id
                && (o.Status == OutboxStatus.Pending || o.Status == OutboxStatus.Scheduled)
                && (o.DueAt == null || o.DueAt <= now))
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.DueAt })
            .FirstOrDefaultAsync(CancellationToken.None);
        if (next is not null)
            await dispatcher.DispatchAsync(db, next.Id, next.DueAt, CancellationToken.None);
    }

    /// <summary>The row is Failed whatever happens here: an alert that cannot be queued is logged, not retried.</summary>
    private async Task AlertAsync(OutboxMessage message, Exception ex)
    {
        try
        {
            await alert.RaiseAsync(message, ex.Message, CancellationToken.None);
        }
        catch (Exception alertFailure)
        {
            LogAlertNotQueued(logger, alertFailure, message.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The administrators' mail about failed outbox message {Id} could not be queued")]
    private static partial void LogAlertNotQueued(ILogger logger, Exception exception, long id);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox message {Id} was claimed elsewhere or is done; nothing to do")]
    private static partial void LogNotClaimed(ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) was stopped by shutdown; it is free for the next worker")]
    private static partial void LogReleased(ILogger logger, long id, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) failed on attempt {Attempt}; next attempt in {Delay}")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, long id, string kind, int attempt, TimeSpan delay);

    /// <summary>The administrators' alert: an error in the log, a mail to them (<see cref="FailedMailAlert"/>), and the row Failed on the admin outbox page.</summary>
    [LoggerMessage(EventId = 4601, EventName = "OutboxMessageFailed", Level = LogLevel.Error,
        Message = "ALERT: outbox message {Id} ({Kind}) failed {Attempts} times and was given up; an administrator can resend it from /admin/outbox")]
    private static partial void LogGivenUp(ILogger logger, Exception exception, long id, string kind, int attempts);
}
