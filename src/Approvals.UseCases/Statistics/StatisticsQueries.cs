using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.UseCases.Calendar;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Data;
using Approvals.UseCases.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Approvals.UseCases.Statistics;

/// <summary>
/// The oversight figures (issue 17), each computed by a grouped query in the database: cases are never loaded, only
/// counted; where a median needs the values, only the two instants of each decided case or answered request are read.
/// A district's staff see their district; the executive committee sees every district, or the one it names.
/// </summary>
public sealed partial class StatisticsQueries(
    IApprovalsDbContext db, DistrictDirectory districts, IWorkingDayMeasure workingDays,
    IOptionsMonitor<StatutoryLimitOptions> limits, TimeProvider clock)
{
    private static readonly ApplicationStatus[] OpenStatuses =
        [.. Enum.GetValues<ApplicationStatus>().Where(s => s.IsOpen())];

    /// <exception cref="Approvals.Text.NotFoundRefusal"><paramref name="district"/> is not one the caller oversees (the same answer as no such district).</exception>
    public async Task<StatisticsReport> ReportAsync(Caller caller, StatisticsPeriod period, string? district, CancellationToken cancellationToken)
    {
        List<string> scope = [.. Districts(caller, district)];
        var now = clock.GetUtcNow();
        var asOf = period.End < now ? period.End : now;
        return new StatisticsReport(
            period, asOf, scope,
            await ApplicationCountsAsync(scope, period, cancellationToken),
            await TrendAsync(scope, period, cancellationToken),
            await RecognitionsAsync(scope, period, cancellationToken),
            await DecisionTimesAsync(scope, period, cancellationToken),
            await OpenCasesAsync(scope, period, now, cancellationToken),
            await OverdueAsync(scope, period, now, cancellationToken),
            await CorrectionsAsync(scope, period, cancellationToken),
            await VerificationsAsync(scope, period, cancellationToken),
            await RegistrationsAsync(scope, ReadableDatesDay(asOf), cancellationToken));
    }

    /// <summary>The district codes the caller may read figures of: their own, or for the committee every one (or the one named).</summary>
    public IReadOnlyList<string> Districts(Caller caller, string? district)
    {
        var all = districts.Districts.Select(d => d.Code).ToList();
        var visible = caller.VisibleDistrict is { } own ? all.Where(code => code == own).ToList() : all;
        if (string.IsNullOrEmpty(district))
            return visible;
        return visible.Contains(district) ? [district] : throw StatisticsRefusals.NoDistrict(district);
    }

    private IQueryable<Application> Cases(List<string> scope) =>
        db.Applications.AsNoTracking().Where(a => a.DistrictCode != null && scope.Contains(a.DistrictCode));

    /// <summary>The statutory limit of each type's procedure, in working days; a type without one is left out.</summary>
    private Dictionary<ApplicationType, int> LimitsByType() =>
        Enum.GetValues<ApplicationType>()
            .Select(type => (type, limit: StatutoryLimitOptions.WorkingDays(limits.CurrentValue.Definitions.GetValueOrDefault(Procedures.For(type)))))
            .Where(x => x.limit is not null)
            .ToDictionary(x => x.type, x => x.limit!.Value);

    private static DateOnly ReadableDatesDay(DateTimeOffset instant) => Approvals.Text.ReadableDates.ShanghaiDay(instant);
}
