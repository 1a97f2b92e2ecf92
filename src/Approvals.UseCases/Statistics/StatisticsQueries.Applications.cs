using System.Linq.Expressions;
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

    /// <summary>Cases submitted and cases decided per district and month: one grouped count for each of the two.</summary>
    private async Task<IReadOnlyList<MonthlyReceived>> TrendAsync(List<string> scope, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        var months = period.Months;
        DateTimeOffset[] nextMonthStarts = [.. months.Skip(1).Select(month => new StatisticsPeriod(month, month).Start)];
        var received = await CountByMonthAsync(Submitted(scope, period.Start, period.End), MonthBuckets.Of(a => a.SubmittedAt, nextMonthStarts), cancellationToken);
        var decided = await CountByMonthAsync(Decided(scope, period.Start, period.End), MonthBuckets.Of(a => a.DecidedAt, nextMonthStarts), cancellationToken);
        return [.. months.SelectMany((month, index) => scope.Select(d =>
            new MonthlyReceived(d, month, received.GetValueOrDefault((d, index)), decided.GetValueOrDefault((d, index)))))];
    }

    private static async Task<Dictionary<(string District, int Month), int>> CountByMonthAsync(
        IQueryable<Application> cases, Expression<Func<Application, MonthBuckets.CaseMonth>> month, CancellationToken cancellationToken)
    {
        var rows = await cases.Select(month).GroupBy(c => new { c.District, c.Month })
            .Select(g => new { g.Key.District, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.District!, r.Month), r => r.Count);
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
}
