using Approvals.Infrastructure.Calendar;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Approvals.Infrastructure.Health;

/// <summary>
/// Working-day deadlines need this year's and next year's holiday calendar. Without this year's, deadlines count
/// weekends only (unhealthy); without next year's, deadlines reaching into it will (degraded: publish it at /admin/calendar).
/// </summary>
internal sealed class CalendarHealthCheck(CalendarCoverage coverage, CalendarZone zone) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var thisYear = zone.Today.Year;
        var data = new Dictionary<string, object>
        {
            [thisYear.ToString(System.Globalization.CultureInfo.InvariantCulture)] = coverage.HasCalendarFor(thisYear),
            [(thisYear + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] = coverage.HasCalendarFor(thisYear + 1),
        };
        var result = !coverage.HasCalendarFor(thisYear)
            ? HealthCheckResult.Unhealthy($"No working-day calendar for {thisYear}.", data: data)
            : !coverage.HasCalendarFor(thisYear + 1)
                ? HealthCheckResult.Degraded($"No working-day calendar for {thisYear + 1}.", data: data)
                : HealthCheckResult.Healthy($"Working-day calendars for {thisYear} and {thisYear + 1} are loaded.", data);
        return Task.FromResult(result);
    }
}
