using Approvals.Core.Applications;

namespace Approvals.UseCases.Tasks;

/// <summary>How close a task is to its deadline.</summary>
public enum WorklistDue
{
    /// <summary>The deadline has passed.</summary>
    Overdue,

    /// <summary>Due within <see cref="WorklistQuery.SoonDays"/> days.</summary>
    Soon,

    /// <summary>Due later, or without a deadline.</summary>
    Later,
}

/// <summary>What the worklist can be sorted by.</summary>
public enum WorklistSort
{
    Due,
    Created,
    CaseNumber,
    Applicant,
    Step,
}

/// <summary>
/// The worklist's filters, search, sort and page, as the inbox and <c>GET /api/tasks</c> take them. Everything is
/// applied in the database; <see cref="WorklistQueryText"/> reads and writes it as a query string.
/// </summary>
/// <param name="Search">
/// A whole resident ID number (a lower-case x accepted), the start of one (digits), the start of a case number ("SQ-…",
/// any case), or the start of the applicant's name (surname first): see <see cref="WorklistSearch"/>. Not a fragment
/// from the middle of any of them.
/// </param>
/// <param name="Step">The activity id of the step (tasks of one kind).</param>
/// <param name="ClaimedBy"><see cref="Me"/>, <see cref="Nobody"/>, or a user name.</param>
public sealed record WorklistQuery(
    string? Search = null,
    ApplicationType? Type = null,
    string? Step = null,
    WorklistDue? Due = null,
    string? ClaimedBy = null,
    WorklistSort Sort = WorklistSort.Due,
    bool Descending = false,
    int Page = 1,
    int PageSize = WorklistQuery.DefaultPageSize)
{
    public const string Me = "me";
    public const string Nobody = "nobody";
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    /// <summary>A task due within this many days is "soon" (its row is coloured).</summary>
    public const int SoonDays = 3;

    public int Skip => (Page - 1) * PageSize;
}

/// <summary>One page of the worklist and how many tasks match in all.</summary>
public sealed record WorklistPage<T>(IReadOnlyList<T> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A step open tasks wait at: the value of the worklist's step filter and what the reviewer reads.</summary>
public sealed record WorklistStep(string ActivityId, string Title);
