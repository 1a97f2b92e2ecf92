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
        var now = clock.GetUtcNow();
        var cases = Among(filter.Figure, scope, period, now).Where(Counted(filter.Figure, new CaseAges(now)));
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
}
