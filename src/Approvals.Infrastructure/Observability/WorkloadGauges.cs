using System.Diagnostics.Metrics;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Observability;

/// <summary>
/// The database's side of the gauges, read once for all of them and kept for <see cref="Freshness"/>: a scrape (or
/// several exporters) within that time reuses the reading. Gauge callbacks are synchronous, hence the blocking read.
/// </summary>
internal sealed class WorkloadGauges(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);
    private const string NoDistrict = "none";

    private readonly Lock _gate = new();
    private Reading? _last;
    private DateTimeOffset _readAt;

    public Reading Read()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_last is null || now - _readAt >= Freshness)
            {
                _last = ReadAsync(now).GetAwaiter().GetResult();
                _readAt = now;
            }
            return _last;
        }
    }

    private async Task<Reading> ReadAsync(DateTimeOffset now)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = await scope.ServiceProvider.GetRequiredService<OutboxBacklog>().ReadAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var open = await db.HumanTasks.AsNoTracking().Where(t => t.Status == HumanTaskStatus.Open)
            .GroupBy(t => t.District)
            .Select(g => new { District = g.Key, Open = g.Count(), Overdue = g.Count(t => t.DueAt != null && t.DueAt < now) })
            .ToListAsync();
        return new Reading(
            outbox.Due, outbox.OldestWait, outbox.Stranded,
            [.. open.Select(d => new Measurement<int>(d.Open, new KeyValuePair<string, object?>("district", d.District ?? NoDistrict)))],
            [.. open.Select(d => new Measurement<int>(d.Overdue, new KeyValuePair<string, object?>("district", d.District ?? NoDistrict)))]);
    }

    internal sealed record Reading(int OutboxDue, TimeSpan OutboxOldestWait, int OutboxStranded, Measurement<int>[] OpenTasks, Measurement<int>[] OverdueTasks);
}
