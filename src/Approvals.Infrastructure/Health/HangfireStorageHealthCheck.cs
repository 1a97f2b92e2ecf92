using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Approvals.Infrastructure.Health;

/// <summary>Hangfire's storage answers: without it no mail or timer is handed to a worker (the outbox rows wait for the sweeper).</summary>
internal sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers().Count;
            return Task.FromResult(HealthCheckResult.Healthy("Hangfire's storage answers.", new Dictionary<string, object> { ["servers"] = servers }));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire's storage does not answer.", ex));
        }
    }
}
