using Approvals.Infrastructure.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Approvals.Infrastructure.Health;

/// <summary>
/// The outbox's backlog (due rows, the oldest one's wait) and rows the sweeper should have handed over twice already.
/// Stranded rows degrade readiness, they do not fail it: they sit in the shared database, so every node would fail
/// together, and the node can still serve. The body tells the operator to look at /admin/outbox.
/// </summary>
internal sealed class OutboxHealthCheck(OutboxBacklog backlog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var figures = await backlog.ReadAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["due"] = figures.Due,
            ["oldestWaitSeconds"] = Math.Round(figures.OldestWait.TotalSeconds, 1),
            ["stranded"] = figures.Stranded,
        };
        return figures.Stranded > 0
            ? HealthCheckResult.Degraded($"{figures.Stranded} outbox row(s) stranded: no job runs them and the sweeper has not handed them over.", data: data)
            : HealthCheckResult.Healthy("No outbox row is stranded.", data);
    }
}
