using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// Runs one outbox message. Hangfire may run a job twice (and two workers may take the same job on SQLite
/// storage), so the message is first claimed with a conditional update; whoever loses the claim does nothing.
/// </summary>
public sealed partial class OutboxProcessor(
    ApprovalsDbContext db,
    IEnumerable<IOutboxHandler> handlers,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger)
{
    /// <returns>true when this call did the work, false when it was claimed elsewhere or already done.</returns>
    public async Task<bool> ProcessAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leaseUntil = now + options.Value.Lease;
        var claimed = await db.Outbox
            .Where(o => o.Id == id && (o.Status == OutboxStatus.Pending || o.Status == OutboxStatus.Scheduled
                || (o.Status == OutboxStatus.Processing && o.LeaseUntil < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Processing)
                .SetProperty(o => o.LeaseUntil, leaseUntil)
                .SetProperty(o => o.Attempts, o => o.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            LogNotClaimed(logger, id);
            return false;
        }

        var message = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id, cancellationToken);
        var handler = handlers.FirstOrDefault(h => h.Kind == message.Kind)
            ?? throw new InvalidOperationException($"No outbox handler for kind '{message.Kind}'.");
        try
        {
            await handler.HandleAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failed = message.Attempts >= options.Value.MaxAttempts;
            await db.Outbox.Where(o => o.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, failed ? OutboxStatus.Failed : OutboxStatus.Scheduled)
                .SetProperty(o => o.LastError, ex.Message)
                .SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            LogAttemptFailed(logger, ex, id, message.Kind, message.Attempts, failed);
            if (failed)
                return false;
            throw;
        }

        await db.Outbox.Where(o => o.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, OutboxStatus.Done)
            .SetProperty(o => o.CompletedAt, clock.GetUtcNow())
            .SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox message {Id} was claimed elsewhere or is done; nothing to do")]
    private static partial void LogNotClaimed(ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) failed on attempt {Attempt}; given up: {GivenUp}")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, long id, string kind, int attempt, bool givenUp);
}
