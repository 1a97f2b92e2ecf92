using System.Globalization;
using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.UseCases.Records;

using Approvals.Workflows.Models;

namespace Approvals.UseCases.Tasks;

/// <summary>A task beside what its case says of the applicant, for filtering and sorting in SQL.</summary>
internal sealed class TaskRow
{
    public required HumanTaskRecord Task { get; init; }

    /// <summary>When its case's statutory limit runs out (<see cref="WorkflowInstanceRecord.StatutoryDueAt"/>).</summary>
    public DateTimeOffset? StatutoryDueAt { get; init; }
    public string? CaseNumber { get; init; }
    public string? ApplicantName { get; init; }
    public string? IdNumber { get; init; }
    public ApplicationType? Type { get; init; }
    public MetrologistLevel? Level { get; init; }
}

/// <summary>The worklist's filters and sort as LINQ the providers translate (nothing is filtered in memory).</summary>
internal static class WorklistFilters
{
    public static IQueryable<TaskRow> Apply(IQueryable<TaskRow> rows, WorklistQuery query, string? userName, DateTimeOffset now)
    {
        if (query.Search is { } search)
        {
            // ID and case numbers are stored upper-case (a trailing X, "SQ-"); names as typed.
            var upper = search.ToUpperInvariant();
            rows = rows.Where(r => (r.ApplicantName != null && r.ApplicantName.Contains(search))
                || (r.IdNumber != null && r.IdNumber.Contains(upper))
                || (r.CaseNumber != null && r.CaseNumber.Contains(upper)));
        }
        if (query.Type is { } type)
            rows = rows.Where(r => r.Type == type);
        if (query.Step is { } step)
            rows = rows.Where(r => r.Task.ActivityId == step);
        if (query.Due is { } due)
        {
            var soon = now.AddDays(WorklistQuery.SoonDays);
            rows = due switch
            {
                WorklistDue.Overdue => rows.Where(r => r.StatutoryDueAt != null && r.StatutoryDueAt < now),
                WorklistDue.Soon => rows.Where(r => r.StatutoryDueAt != null && r.StatutoryDueAt >= now && r.StatutoryDueAt < soon),
                _ => rows.Where(r => r.StatutoryDueAt == null || r.StatutoryDueAt >= soon),
            };
        }
        rows = query.ClaimedBy switch
        {
            null => rows,
            WorklistQuery.Nobody => rows.Where(r => r.Task.Assignee == null),
            WorklistQuery.Me => rows.Where(r => r.Task.Assignee == (userName ?? "")),
            var someone => rows.Where(r => r.Task.Assignee == someone),
        };
        return rows;
    }

    /// <summary>The chosen order, then the task's creation and id so that pages never overlap.</summary>
    public static IQueryable<TaskRow> Sort(IQueryable<TaskRow> rows, WorklistQuery query)
    {
        // Steps sort by the title the page shows, in its language.
        var english = PerLanguage.IsEnglish(CultureInfo.CurrentUICulture.Name);
        var ordered = (query.Sort, query.Descending) switch
        {
            (WorklistSort.Created, false) => rows.OrderBy(r => r.Task.CreatedAt),
            (WorklistSort.Created, true) => rows.OrderByDescending(r => r.Task.CreatedAt),
            (WorklistSort.CaseNumber, false) => rows.OrderBy(r => r.CaseNumber == null).ThenBy(r => r.CaseNumber),
            (WorklistSort.CaseNumber, true) => rows.OrderBy(r => r.CaseNumber == null).ThenByDescending(r => r.CaseNumber),
            (WorklistSort.Applicant, false) => rows.OrderBy(r => r.ApplicantName == null).ThenBy(r => r.ApplicantName),
            (WorklistSort.Applicant, true) => rows.OrderBy(r => r.ApplicantName == null).ThenByDescending(r => r.ApplicantName),
            (WorklistSort.Step, false) => rows.OrderBy(r => english ? r.Task.TitleEn ?? r.Task.Title : r.Task.Title),
            (WorklistSort.Step, true) => rows.OrderByDescending(r => english ? r.Task.TitleEn ?? r.Task.Title : r.Task.Title),
            (_, false) => rows.OrderBy(r => r.StatutoryDueAt == null).ThenBy(r => r.StatutoryDueAt),
            (_, true) => rows.OrderBy(r => r.StatutoryDueAt == null).ThenByDescending(r => r.StatutoryDueAt),
        };
        return ordered.ThenBy(r => r.Task.CreatedAt).ThenBy(r => r.Task.Id);
    }
}
