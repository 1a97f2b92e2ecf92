using Approvals.Infrastructure.Observability;
using Approvals.Web.Authorization;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Approvals.Web.Hosting;

/// <summary>
/// OpenTelemetry for the host: the "Approvals" meter and step traces, ASP.NET Core (HTTP latency per route) and
/// EF Core instrumentation, runtime metrics; a Prometheus scrape endpoint at <c>/metrics</c> for administrators only,
/// and OTLP export when <c>OpenTelemetry:OtlpEndpoint</c> is set. The instance id tells nodes apart.
/// </summary>
internal static class TelemetrySetup
{
    public const string ScrapePath = "/metrics";

    public static IServiceCollection AddApprovalsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration["OpenTelemetry:OtlpEndpoint"];
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                configuration["OpenTelemetry:ServiceName"] ?? "approvals", serviceInstanceId: configuration["OpenTelemetry:InstanceId"] ?? Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ApprovalsTelemetry.Name).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation()
                    // No cached answer: scrapes are rare (administrators, a Prometheus every 15 s or so) and the gauges cache their reading themselves.
                    .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (!string.IsNullOrWhiteSpace(otlp))
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(ApprovalsTelemetry.Name).AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation();
                if (!string.IsNullOrWhiteSpace(otlp))
                    tracing.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
        return services;
    }

    /// <summary>Administrators only, like the Hangfire dashboard: the figures name districts and show the load.</summary>
    public static void MapApprovalsMetrics(this WebApplication app)
    {
        // The gauges exist once the meter's owner does; made here so a scrape before the first step shows them.
        app.Services.GetRequiredService<ApprovalsMetrics>();
        app.MapPrometheusScrapingEndpoint(ScrapePath).RequireAuthorization(Policies.Administrator);
    }
}
