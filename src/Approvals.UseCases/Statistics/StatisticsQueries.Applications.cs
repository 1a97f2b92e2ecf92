using Approvals.Core.Applications;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Statistics;

public sealed partial class StatisticsQueries
{
    private async Task<IReadOnlyList<ApplicationCounts>> ApplicationCountsAsync(List<string> scope, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        var ages = new CaseAges(clock.GetUtcNow());
        var (accepted, notAccepted) = (Counted(CaseFigure.Accepted, ages), Counted(CaseFigure.NotAccepted, ages));
        var (approved, rejected, withdrawn) = (Counted(CaseFigure.Approved, ages), Counted(CaseFigure.Rejected, ages), Counted(CaseFigure.Withdrawn, ages));
        var rows = await Among(CaseFigure.Received, scope, period, ages.Now).Where(Counted(CaseFigure.Received, ages))
            .GroupBy(a => new { a.DistrictCode, a.Type, a.Level })
            .Select(g => new ApplicationCounts(
                g.Key.DistrictCode!, g.Key.Type, g.Key.Level,
                g.Count(),
                g.AsQueryable().Count(accepted),
                g.AsQueryable().Count(notAccepted),
                g.AsQueryable().Count(approved),
                g.AsQueryable().Count(rejected),
                g.AsQueryable().Count(withdrawn)))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => scope.IndexOf(r.District)).ThenBy(r => r.Type).ThenBy(r => r.Level)];
    }

    /// <summary>Cases submitted and cases decided per district and month: one grouped count per month.</summary>
    private async Task<IReadOnlyList<MonthlyReceived>> TrendAsync(List<string> scope, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        var trend = new List<MonthlyReceived>();
        foreach (var month in period.Months)
        {
            var start = Max(period.Start, new StatisticsPeriod(month, month).Start);
            var end = Min(period.End, new StatisticsPeriod(month.AddMonths(1), month.AddMonths(1)).Start);
            var received = await Submitted(scope, start, end).GroupBy(a => a.DistrictCode!)
                .Select(g => new { District = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.District, x => x.Count, cancellationToken);
            var decided = await Decisions(scope, start, end).GroupBy(d => d.District)
                .Select(g => new { District = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.District, x => x.Count, cancellationToken);
            trend.AddRange(scope.Select(d => new MonthlyReceived(d, month, received.GetValueOrDefault(d), decided.GetValueOrDefault(d))));
        }
        return trend;
    }

    private async Task<IReadOnlyList<Corrections>> CorrectionsAsync(List<string> scope, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        var received = await Submitted(scope, period.Start, period.End).GroupBy(a => a.DistrictCode!)
            .Select(g => new { District = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.District, x => x.Count, cancellationToken);
        var rounds = await (
                from t in db.ApplicationTimeline.AsNoTracking()
                // Implied by the join (a correction is asked after submission), stated so that only the period's
                // requests onward are read from the timeline's index rather than every request of the history.
                where t.Status == ApplicationStatus.AwaitingCorrections && t.At >= period.Start
                join a in Submitted(scope, period.Start, period.End) on t.ApplicationId equals a.Id
                group t by a.DistrictCode into g
                select new { District = g.Key!, Cases = g.Select(t => t.ApplicationId).Distinct().Count(), Rounds = g.Count() })
            .ToDictionaryAsync(x => x.District, cancellationToken);
        return [.. scope.Select(d => new Corrections(
            d, received.GetValueOrDefault(d),
            rounds.TryGetValue(d, out var r) ? r.Cases : 0,
            rounds.TryGetValue(d, out var n) ? n.Rounds : 0))];
    }

    private IQueryable<Application> Submitted(List<string> scope, DateTimeOffset start, DateTimeOffset end) =>
        Cases(scope).Where(a => a.SubmittedAt != null && a.SubmittedAt >= start && a.SubmittedAt < end);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
