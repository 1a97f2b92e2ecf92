using Approvals.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Infrastructure.Health;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>The readiness checks, tagged <see cref="ReadinessChecks.Ready"/>; liveness runs none of them.</summary>
    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddScoped<OutboxBacklog>();
        string[] ready = [ReadinessChecks.Ready];
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(ReadinessChecks.Database, tags: ready)
            .AddCheck<HangfireStorageHealthCheck>(ReadinessChecks.HangfireStorage, tags: ready)
            .AddCheck<MailTransportHealthCheck>(ReadinessChecks.MailTransport, tags: ready)
            .AddCheck<OutboxHealthCheck>(ReadinessChecks.Outbox, tags: ready)
            .AddCheck<CalendarHealthCheck>(ReadinessChecks.Calendar, tags: ready);
        return services;
    }
}
