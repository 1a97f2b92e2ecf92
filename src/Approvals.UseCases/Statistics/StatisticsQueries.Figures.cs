using System.Linq.Expressions;
using Approvals.Core.Applications;

namespace Approvals.UseCases.Statistics;

public sealed partial class StatisticsQueries
{
    /// <summary>
    /// Which cases a figure counts, written once: the cases it is taken among (<see cref="Among"/>) narrowed by its
    /// condition (<see cref="Counted"/>). The grouped counts of the report and the list behind a figure both use these,
    /// so a figure and its list cannot disagree.
    /// </summary>
    private IQueryable<Application> Among(CaseFigure figure, List<string> scope, StatisticsPeriod period, DateTimeOffset now) => figure switch
    {
        CaseFigure.Received or CaseFigure.Accepted or CaseFigure.NotAccepted or CaseFigure.Approved or CaseFigure.Rejected or CaseFigure.Withdrawn
            => Submitted(scope, period.Start, period.End),
        CaseFigure.Overdue => OverdueCases(scope, now),
        _ => StillOpen(scope),
    };

    /// <summary>The condition that narrows <see cref="Among"/> to the cases <paramref name="figure"/> counts.</summary>
    private static Expression<Func<Application, bool>> Counted(CaseFigure figure, CaseAges ages) => figure switch
    {
        CaseFigure.Accepted => a => a.AcceptedAt != null,
        CaseFigure.NotAccepted => a => a.Status == ApplicationStatus.NotAccepted,
        CaseFigure.Approved => a => a.Status == ApplicationStatus.Approved,
        CaseFigure.Rejected => a => a.Status == ApplicationStatus.Rejected,
        CaseFigure.Withdrawn => a => a.Status == ApplicationStatus.Withdrawn,
        CaseFigure.OpenUpTo5Days => a => a.SubmittedAt >= ages.Days5,
        CaseFigure.OpenFrom6To20Days => a => a.SubmittedAt < ages.Days5 && a.SubmittedAt >= ages.Days20,
        CaseFigure.OpenFrom21To60Days => a => a.SubmittedAt < ages.Days20 && a.SubmittedAt >= ages.Days60,
        CaseFigure.OpenOver60Days => a => a.SubmittedAt < ages.Days60,
        _ => a => true,
    };

    /// <summary>Where the open cases' age columns start, in calendar days since submission.</summary>
    private sealed record CaseAges(DateTimeOffset Now)
    {
        public DateTimeOffset Days5 { get; } = Now.AddDays(-5);
        public DateTimeOffset Days20 { get; } = Now.AddDays(-20);
        public DateTimeOffset Days60 { get; } = Now.AddDays(-60);
    }
}
