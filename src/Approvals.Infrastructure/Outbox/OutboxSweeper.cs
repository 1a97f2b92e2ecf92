using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// Hands to the job queue again every row that is neither Done nor Failed and that no job will run: committed but never
/// handed over (the process died between commit and dispatch), Processing with its lease run out (the worker died), and
/// Scheduled or Retrying that the queue has passed by (the job was lost: retries deleted, storage lost; see
/// <see cref="OutboxQueueProgress"/>). At start-up, then
/// every <see cref="OutboxOptions.SweepInterval"/>. A second job for a row is harmless: the claim lets one run. Rows this
/// node's <see cref="OutboxHandOver"/> still holds are not stranded, only waiting their turn, and are left to it.
/// </summary>
internal sealed partial class OutboxSweeper(
    IServiceScopeFactory scopes, IOptions<OutboxOptions> options, OutboxQueueProgress progress, OutboxHandOver handOver, TimeProvider clock, ILogger<OutboxSweeper> logger) : BackgroundService
{
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many rows were handed over.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
        var now = clock.GetUtcNow();
        var jobLostBefore = progress.JobLostBefore(now, options.Value.LostJobAfter);
        var stranded = await OutboxStranded.In(db.Outbox.AsNoTracking(), now, jobLostBefore)
            .OrderBy(o => o.Id)
            .Select(o => new StrandedRow(o.Id, o.Status, o.DueAt))
            .Take(Batch)
            .ToListAsync(cancellationToken);
        stranded.RemoveAll(row => row.Status == OutboxStatus.Pending && handOver.Holds(row.Id));
        await ForgetHandedOverMeanwhileAsync(db, stranded, cancellationToken);
        foreach (var row in stranded)
            await dispatcher.DispatchAsync(db, row.Id, row.DueAt, cancellationToken);
        if (stranded.Count > 0)
            LogHandedOver(logger, stranded.Count, string.Join(", ", stranded.GroupBy(r => r.Status).Select(g => $"{g.Key} {g.Count()}")), now - jobLostBefore);
        return stranded.Count;
    }

    /// <summary>
    /// A hand-over that ended between the query and the check above made its rows Scheduled before it let them go, so the
    /// rows still taken for Pending are read again: one just handed over is not handed over a second time.
    /// </summary>
    private static async Task ForgetHandedOverMeanwhileAsync(ApprovalsDbContext db, List<StrandedRow> stranded, CancellationToken cancellationToken)
    {
        var pending = stranded.Where(r => r.Status == OutboxStatus.Pending).Select(r => r.Id).ToList();
        if (pending.Count == 0)
            return;
        var stillPending = (await db.Outbox.AsNoTracking().Where(o => pending.Contains(o.Id) && o.Status == OutboxStatus.Pending)
            .Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        stranded.RemoveAll(row => row.Status == OutboxStatus.Pending && !stillPending.Contains(row.Id));
    }

    private sealed record StrandedRow(long Id, OutboxStatus Status, DateTimeOffset? DueAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox sweeper handed {Count} stranded row(s) to the job queue again ({ByStatus}; a waiting row's job counts as lost when it was queued more than {LostAfter} ago)")]
    private static partial void LogHandedOver(ILogger logger, int count, string byStatus, TimeSpan lostAfter);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox sweep failed; it runs again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
