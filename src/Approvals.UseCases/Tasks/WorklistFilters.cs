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
    public ApplicationType? Type { get; init; }
    public MetrologistLevel? Level { get; init; }
}

/// <summary>The worklist's filters and sort as LINQ the providers translate (nothing is filtered in memory).</summary>
internal static class WorklistFilters
{
    /// <summary>True when a filter reads the case (search, type, due); otherwise the tasks alone answer the count.</summary>
    public static bool ReadsCase(WorklistQuery query) => query.Search is not null || query.Type is not null || query.Due is not null;

    /// <summary>True when the sort or a filter reads the case's own columns (number, applicant, type), not only its instance's due date.</summary>
    public static bool SortsOrFiltersByCase(WorklistQuery query) =>
        query.Search is not null || query.Type is not null || query.Sort is WorklistSort.CaseNumber or WorklistSort.Applicant;

    /// <summary>The filters the task row answers by itself: step and claimant.</summary>
    public static IQueryable<HumanTaskRecord> ApplyToTasks(IQueryable<HumanTaskRecord> tasks, WorklistQuery query, string? userName)
    {
        if (query.Step is { } step)
            tasks = tasks.Where(t => t.ActivityId == step);
        return query.ClaimedBy switch
        {
            null => tasks,
            WorklistQuery.Nobody => tasks.Where(t => t.Assignee == null),
            WorklistQuery.Me => tasks.Where(t => t.Assignee == (userName ?? "")),
            var someone => tasks.Where(t => t.Assignee == someone),
        };
    }

    /// <summary>The filters that read the case beside the task: type, due, and a search by a lone surname.</summary>
    public static IQueryable<TaskRow> ApplyToCases(IQueryable<TaskRow> rows, WorklistQuery query, DateTimeOffset now)
    {
        // A selective search has chosen its cases already (WorkflowQueries reads them first); an unselective one,
        // a lone surname, narrows the district's open tasks instead.
        if (query.Search is { } term && WorklistSearch.Classify(term) is { IsSelective: false } surname)
        {
            string key = surname.Key, end = surname.KeyEnd;
            rows = rows.Where(r => string.Compare(r.ApplicantName, key) >= 0 && string.Compare(r.ApplicantName, end) < 0);
        }
        if (query.Type is { } type)
            rows = rows.Where(r => r.Type == type);
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
