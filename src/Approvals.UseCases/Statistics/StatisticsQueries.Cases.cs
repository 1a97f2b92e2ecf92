using Approvals.Core.Access;
using Approvals.Core.Applications;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Statistics;

public sealed partial class StatisticsQueries
{
    public const int CasePageSize = 50;

    /// <summary>
    /// The cases behind one figure of the report, a page at a time: the same cases the figure counts (the same period,
    /// district, row and measure), for a caller who may read that district's figures.
    /// </summary>
    /// <exception cref="Approvals.Text.NotFoundRefusal">the filter's district is not one the caller oversees.</exception>
    public async Task<StatisticsCasePage> CasesAsync(Caller caller, StatisticsPeriod period, CaseFigureFilter filter, int page, CancellationToken cancellationToken)
    {
        List<string> scope = [.. Districts(caller, filter.District)];
        var cases = Behind(filter.Figure, scope, period, clock.GetUtcNow());
        if (filter.Type is { } type)
            cases = cases.Where(a => a.Type == type);
        if (filter.WithoutLevel)
            cases = cases.Where(a => a.Level == null);
        else if (filter.Level is { } level)
            cases = cases.Where(a => a.Level == level);
        if (filter.Status is { } status)
            cases = cases.Where(a => a.Status == status);
        var total = await cases.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + CasePageSize - 1) / CasePageSize));
        var rows = await cases.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id)
            .Skip((page - 1) * CasePageSize).Take(CasePageSize)
            .Select(a => new { a.Id, a.CaseNumber, a.Type, a.Level, a.Status, a.DistrictCode, a.SubmittedAt, a.AcceptedAt })
            .ToListAsync(cancellationToken);
        return new StatisticsCasePage(filter, total, page, CasePageSize, [.. rows.Select(a => new StatisticsCaseRow(
            a.Id, a.CaseNumber, a.Type, a.Level, a.Status, a.Status.DisplayName(), a.DistrictCode!, a.SubmittedAt, a.AcceptedAt))]);
    }

    /// <summary>The cases a figure counts, before its row narrows them (<see cref="ApplicationCountsAsync"/>, <see cref="OpenCasesAsync"/>, <see cref="OverdueAsync"/>).</summary>
    private IQueryable<Application> Behind(CaseFigure figure, List<string> scope, StatisticsPeriod period, DateTimeOffset now)
    {
        var submitted = Submitted(scope, period.Start, period.End);
        var open = StillOpen(scope);
        var ages = new CaseAges(now);
        return figure switch
        {
            CaseFigure.Received => submitted,
            CaseFigure.Accepted => submitted.Where(a => a.AcceptedAt != null),
            CaseFigure.NotAccepted => submitted.Where(a => a.Status == ApplicationStatus.NotAccepted),
            CaseFigure.Approved => submitted.Where(a => a.Status == ApplicationStatus.Approved),
            CaseFigure.Rejected => submitted.Where(a => a.Status == ApplicationStatus.Rejected),
            CaseFigure.Withdrawn => submitted.Where(a => a.Status == ApplicationStatus.Withdrawn),
            CaseFigure.OpenUpTo5Days => open.Where(a => a.SubmittedAt >= ages.Days5),
            CaseFigure.OpenFrom6To20Days => open.Where(a => a.SubmittedAt < ages.Days5 && a.SubmittedAt >= ages.Days20),
            CaseFigure.OpenFrom21To60Days => open.Where(a => a.SubmittedAt < ages.Days20 && a.SubmittedAt >= ages.Days60),
            CaseFigure.OpenOver60Days => open.Where(a => a.SubmittedAt < ages.Days60),
            CaseFigure.Open => open,
            _ => OverdueCases(scope, now),
        };
    }

    /// <summary>Where the open cases' age columns start, in calendar days since submission.</summary>
    private sealed record CaseAges(DateTimeOffset Now)
    {
        public DateTimeOffset Days5 { get; } = Now.AddDays(-5);
        public DateTimeOffset Days20 { get; } = Now.AddDays(-20);
        public DateTimeOffset Days60 { get; } = Now.AddDays(-60);
    }
}
