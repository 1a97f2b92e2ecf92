using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// Runs timers, reminders and escalations the moment they are due, on the nodes that run jobs. Hangfire alone moved a
/// burst of due jobs to its queue one by one and then through several state changes each, so 200 timers due together
/// fired up to a minute late. Every <see cref="OutboxOptions.DuePollInterval"/> this claims the due rows in one statement
/// (<see cref="DueRowClaims"/>: due time on the application's clock, so never early; a row claimed by one runner is
/// gone for every other, whether that is this dispatcher on another node or the row's own Hangfire job, which stays
/// the backstop) and runs them <see cref="OutboxOptions.DueWorkers"/> at a time through the processor.
/// </summary>
internal sealed partial class DueRowDispatcher(
    IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<DueRowDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DueDispatcherEnabled)
            return;
        // Not before the host has started: the migrations have been applied then, so the first polls find the tables.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.DuePollInterval);
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRunFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// Runs what is due until nothing is: <see cref="OutboxOptions.DueWorkers"/> workers each claim a few rows
    /// (<see cref="OutboxOptions.DueBatch"/>), run them, and claim again while they find a full handful. Small claims keep
    /// the rows of a burst shared among the nodes rather than all taken by the first to poll, and a row waits in the
    /// table, free for an idle node, rather than behind the rows of one worker.
    /// </summary>
    /// <returns>How many due rows this node claimed (and ran).</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var ran = await Task.WhenAll(Enumerable.Range(0, options.Value.DueWorkers).Select(_ => WorkAsync(cancellationToken)));
        return ran.Sum();
    }

    private async Task<int> WorkAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        List<OutboxMessage> claimed;
        do
        {
            claimed = await ClaimAsync(cancellationToken);
            // Each row on its own scope and connection: steps of different instances run side by side (on SQLite
            // the one writer commits those that wait together in one transaction, each in its own savepoint).
            for (var i = 0; i < claimed.Count; i++)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    await ReleaseAsync(claimed[i..]);
                    cancellationToken.ThrowIfCancellationRequested();
                }
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().RunClaimedAsync(claimed[i], cancellationToken);
            }
            ran += claimed.Count;
        }
        while (claimed.Count == options.Value.DueBatch && !cancellationToken.IsCancellationRequested);
        return ran;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        return await DueRowClaims.ClaimAsync(db, clock.GetUtcNow(), options.Value.Lease, options.Value.DueBatch, cancellationToken);
    }

    /// <summary>Stopped by shutdown before these rows' turn came: they go back as they were, free for the next poll on any node.</summary>
    private async Task ReleaseAsync(List<OutboxMessage> unstarted)
    {
        await using var scope = scopes.CreateAsyncScope();
        await DueRowClaims.ReleaseAsync(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>(), unstarted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Running due timers failed; the next poll tries again (and their Hangfire jobs remain)")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
