using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.UseCases.Statistics;

/// <summary>One page of the cases behind a figure, newest submission first; <see cref="Total"/> is the figure itself.</summary>
public sealed record StatisticsCasePage(CaseFigureFilter Filter, int Total, int Page, int PageSize, IReadOnlyList<StatisticsCaseRow> Cases)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A case as the list behind a figure shows it; it opens on the read-only case page.</summary>
public sealed record StatisticsCaseRow(
    string Id, string? CaseNumber, ApplicationType Type, MetrologistLevel? Level, ApplicationStatus Status, LocalizedText StatusText,
    string District, DateTimeOffset? SubmittedAt, DateTimeOffset? AcceptedAt);
