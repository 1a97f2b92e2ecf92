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
/// fired up to a minute late. Every <see cref="OutboxOptions.DuePollInterval"/> this reads the due rows (one indexed
/// query, due time on the application's clock, so never early) and runs them <see cref="OutboxOptions.DueWorkers"/> at a
/// time through the processor. The processor's conditional claim lets exactly one runner win a row, whether that is
/// this dispatcher on another node or the row's own Hangfire job, which stays the backstop.
/// </summary>
internal sealed partial class DueRowDispatcher(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<DueRowDispatcher> logger) : BackgroundService
{
    private static readonly string[] DueKinds = [OutboxKinds.Timer, OutboxKinds.Reminder, OutboxKinds.Escalation];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DueDispatcherEnabled)
            return;
        using var timer = new PeriodicTimer(options.Value.DuePollInterval);
        do
        {
            try
            {
                // A full batch means more are waiting: go again at once.
                while (await RunDueAsync(stoppingToken) == options.Value.DueBatch && !stoppingToken.IsCancellationRequested)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRunFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many due rows were found (each run, or lost to another runner).</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow();
            due = await scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().Outbox.AsNoTracking()
                .Where(o => (o.Status == OutboxStatus.Scheduled || o.Status == OutboxStatus.Pending) && o.DueAt != null && o.DueAt <= now && DueKinds.Contains(o.Kind))
                .OrderBy(o => o.DueAt)
                .Select(o => o.Id)
                .Take(options.Value.DueBatch)
                .ToListAsync(cancellationToken);
        }
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.DueWorkers, CancellationToken = cancellationToken }, async (id, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessAsync(id, ct);
        });
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Running due timers failed; the next poll tries again (and their Hangfire jobs remain)")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
