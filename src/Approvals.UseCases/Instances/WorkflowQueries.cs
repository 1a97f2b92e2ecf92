using System.Globalization;
using Approvals.UseCases.Tasks;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.UseCases.Data;
using Approvals.Text;
using Approvals.Workflows.Models;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Approvals.Core.Access;
using Approvals.UseCases.Records;

namespace Approvals.UseCases.Instances;

/// <summary>Read side of the runtime: instances, their journal, tasks. No tracking, one query per list.</summary>
public sealed class WorkflowQueries(IApprovalsDbContext db)
{
    public async Task<IReadOnlyList<InstanceSummary>> ListInstancesAsync(InstanceFilter filter, Caller scope, CancellationToken cancellationToken)
    {
        var query = VisibleInstances(scope);
        if (filter.DefinitionId is not null)
            query = query.Where(i => i.DefinitionId == filter.DefinitionId);
        if (filter.Status is not null)
            query = query.Where(i => i.Status == filter.Status);
        if (filter.CorrelationId is not null)
            query = query.Where(i => i.CorrelationId == filter.CorrelationId);
        if (filter.District is not null)
            query = query.Where(i => i.District == filter.District);
        var rows = await query.OrderByDescending(i => i.CreatedAt).Take(Math.Clamp(filter.Take, 1, 500)).ToListAsync(cancellationToken);
        var numbers = await CaseNumbersAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(r => Summary(r) with { CaseNumber = numbers.GetValueOrDefault(r.Id) }).ToList();
    }

    /// <exception cref="NotFoundRefusal">no such instance, or one of another district (the same answer).</exception>
    public async Task<InstanceDetails> GetInstanceAsync(string id, Caller scope, CancellationToken cancellationToken)
    {
        var record = await VisibleInstances(scope).FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw WorkflowRefusals.NoInstance(id);
        var state = WorkflowStateJson.Deserialize(record.StateJson);
        var tasks = await db.HumanTasks.AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var incidents = await db.Incidents.AsNoTracking().Where(i => i.InstanceId == id).OrderBy(i => i.Timestamp).ToListAsync(cancellationToken);
        var journal = await db.Journal.AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var numbers = await CaseNumbersAsync([record.Id], cancellationToken);
        return new InstanceDetails(
            Summary(record) with { CaseNumber = numbers.GetValueOrDefault(record.Id) },
            state.Variables,
            state.Input,
            state.Bookmarks,
            tasks.Select(ToView).ToList(),
            incidents.Select(i => new IncidentView(i.Id, i.ActivityId, i.ActivityType, i.Message, i.Timestamp, i.ResolvedAt, i.MessageZhCn)).ToList(),
            journal.Select(j => new JournalView(j.Id, j.Timestamp, j.ActivityId, j.ActivityType, j.Event, j.Outcome, j.Actor, j.Message, j.MessageZhCn)).ToList());
    }

    public async Task<IReadOnlyList<TaskView>> ListTasksAsync(TaskFilter filter, Caller scope, CancellationToken cancellationToken) =>
        (await PageTasksAsync(filter, new WorklistQuery(PageSize: Math.Clamp(filter.Take, 1, 500)), scope, DateTimeOffset.UtcNow, cancellationToken)).Rows;

    /// <summary>
    /// One page of the tasks <paramref name="filter"/> and <paramref name="worklist"/> select, each with its case's
    /// applicant, type and level: filtered, searched, sorted, counted and paged in the database.
    /// </summary>
    public async Task<WorklistPage<TaskView>> PageTasksAsync(TaskFilter filter, WorklistQuery worklist, Caller scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = VisibleTasks(scope);
        if (filter.Status is not null)
            query = query.Where(t => t.Status == filter.Status);
        if (filter.Role is not null)
            query = query.Where(t => t.Role == filter.Role);
        if (filter.District is not null)
            query = query.Where(t => t.District == filter.District);
        if (filter.InstanceId is not null)
            query = query.Where(t => t.InstanceId == filter.InstanceId);
        if (filter.Assignee is not null)
            query = query.Where(t => t.Assignee == filter.Assignee);
        if (filter.Unassigned == true)
            query = query.Where(t => t.Assignee == null);
        // Four eyes: an open task the caller may not work (they decided an earlier step) is never offered to them.
        if (scope.UserName is { } user)
            query = query.Where(t => t.Status != HumanTaskStatus.Open || !db.HumanTaskExclusions.Any(x => x.TaskId == t.Id && x.UserName == user));
        query = WorklistFilters.ApplyToTasks(query, worklist, scope.UserName);
        var rows = WorklistFilters.ApplyToCases(
            worklist.Search is { } term && WorklistSearch.Classify(term) is { IsSelective: true } search ? SearchedTaskRows(query, search)
                : WorklistFilters.SortsOrFiltersByCase(worklist) ? TaskRows(query) : TaskRowsWithoutCase(query),
            worklist, now);
        // Without a filter on the case the count reads the tasks' index alone, not every open task joined to its case.
        var total = WorklistFilters.ReadsCase(worklist) ? await rows.CountAsync(cancellationToken) : await query.CountAsync(cancellationToken);
        // The page's task ids first, sorted on their keys alone (indexes cover them on PostgreSQL); then only those
        // tasks are read whole, beside their cases. Sorting whole rows read every open task's row and case to keep 20.
        var ids = await WorklistFilters.Sort(rows, worklist).Skip(worklist.Skip).Take(worklist.PageSize).Select(r => r.Task.Id).ToListAsync(cancellationToken);
        var read = ids.Count == 0 ? []
            : await TaskRows(db.HumanTasks.AsNoTracking().Where(t => ids.Contains(t.Id))).ToDictionaryAsync(r => r.Task.Id, cancellationToken);
        // A task deleted between the two reads (its instance purged) is left out rather than failing the page.
        var page = ids.Where(read.ContainsKey).Select(id => read[id]).ToList();
        var views = await ViewsAsync(page.Select(r => r.Task).ToList(), cancellationToken);
        return new WorklistPage<TaskView>(
            views.Select((v, i) => v with { ApplicantName = page[i].ApplicantName, ApplicationType = page[i].Type, Level = page[i].Level }).ToList(),
            total, worklist.Page, worklist.PageSize);
    }

    /// <summary>Each task beside what its case says of the applicant (left join: an instance without a case has none).</summary>
    private IQueryable<TaskRow> TaskRows(IQueryable<HumanTaskRecord> tasks) =>
        from t in tasks
        join i in db.WorkflowInstances.AsNoTracking() on t.InstanceId equals i.Id
        join a in db.Applications.AsNoTracking() on i.CorrelationId equals a.Id into cases
        from a in cases.DefaultIfEmpty()
        select new TaskRow
        {
            Task = t,
            StatutoryDueAt = i.StatutoryDueAt,
            CaseNumber = a == null ? null : a.CaseNumber,
            ApplicantName = a == null ? null : a.PersonName,
            Type = a == null ? null : a.Type,
            Level = a == null ? null : a.Level,
        };

    /// <summary>Each task beside its instance's statutory due date, for the sorts and filters that read nothing of the case.</summary>
    private IQueryable<TaskRow> TaskRowsWithoutCase(IQueryable<HumanTaskRecord> tasks) =>
        from t in tasks
        join i in db.WorkflowInstances.AsNoTracking() on t.InstanceId equals i.Id
        select new TaskRow { Task = t, StatutoryDueAt = i.StatutoryDueAt };

    /// <summary>
    /// The tasks of the cases a search matches, read from the cases' index first: a CROSS JOIN keeps that order on
    /// SQLite, whose planner (without statistics) would otherwise start from all open tasks of the district.
    /// </summary>
    private IQueryable<TaskRow> SearchedTaskRows(IQueryable<HumanTaskRecord> tasks, WorklistSearch search) =>
        from a in search.Matching(db.Applications.AsNoTracking())
        from i in db.WorkflowInstances.AsNoTracking()
        where i.CorrelationId == a.Id
        from t in tasks
        where t.InstanceId == i.Id
        select new TaskRow
        {
            Task = t,
            StatutoryDueAt = i.StatutoryDueAt,
            CaseNumber = a.CaseNumber,
            ApplicantName = a.PersonName,
            Type = a.Type,
            Level = a.Level,
        };

    /// <exception cref="NotFoundRefusal">no such task, or one outside the caller's scope (the same answer).</exception>
    public async Task<TaskView> GetTaskAsync(string id, Caller scope, CancellationToken cancellationToken)
    {
        var row = await VisibleTasks(scope).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw WorkflowRefusals.NoTask(id);
        return (await ViewsAsync([row], cancellationToken))[0];
    }

    /// <summary>The steps the caller's open tasks wait at (activity id and title), for the worklist's step filter.</summary>
    public async Task<IReadOnlyList<WorklistStep>> OpenStepsAsync(Caller scope, CancellationToken cancellationToken)
    {
        var steps = await VisibleTasks(scope).Where(t => t.Status == HumanTaskStatus.Open)
            .Select(t => new { t.ActivityId, t.Title, t.TitleEn }).Distinct().ToListAsync(cancellationToken);
        var english = PerLanguage.IsEnglish(CultureInfo.CurrentUICulture.Name);
        return [.. steps.Select(s => new { s.ActivityId, Title = english ? s.TitleEn ?? s.Title : s.Title }).GroupBy(s => s.ActivityId, StringComparer.Ordinal).Select(g => new WorklistStep(g.Key, g.Select(s => s.Title).Order(StringComparer.Ordinal).First())).OrderBy(s => s.Title, StringComparer.Ordinal)];
    }

    /// <summary>The tasks as views, each with the people who may not work it (four eyes), read in one query.</summary>
    private async Task<IReadOnlyList<TaskView>> ViewsAsync(List<HumanTaskRecord> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return [];
        var ids = rows.Select(t => t.Id).ToList();
        var excluded = (await db.HumanTaskExclusions.AsNoTracking().Where(x => ids.Contains(x.TaskId)).ToListAsync(cancellationToken))
            .ToLookup(x => x.TaskId, x => x.UserName);
        var numbers = await CaseNumbersAsync(rows.Select(t => t.InstanceId).Distinct().ToList(), cancellationToken);
        return rows.Select(t => ToView(t) with { ExcludedUsers = [.. excluded[t.Id]], CaseNumber = numbers.GetValueOrDefault(t.InstanceId) }).ToList();
    }

    /// <summary>Instance id → the case number of the case it drives, for the instances that drive a numbered case.</summary>
    private async Task<Dictionary<string, string>> CaseNumbersAsync(List<string> instanceIds, CancellationToken cancellationToken) =>
        instanceIds.Count == 0 ? [] : await (from i in db.WorkflowInstances.AsNoTracking()
               join a in db.Applications.AsNoTracking() on i.CorrelationId equals a.Id
               where instanceIds.Contains(i.Id) && a.CaseNumber != null
               select new { i.Id, a.CaseNumber })
            .ToDictionaryAsync(x => x.Id, x => x.CaseNumber!, cancellationToken);

    /// <summary>The instances the caller may see: their district's, or all for the executive committee.</summary>
    internal IQueryable<WorkflowInstanceRecord> VisibleInstances(Caller scope)
    {
        var query = db.WorkflowInstances.AsNoTracking();
        if (scope.VisibleDistrict is { } district)
            query = query.Where(i => i.District == district);
        return query;
    }

    /// <summary>The tasks the caller may see: their district's (or all for the executive committee), of the roles they may see.</summary>
    internal IQueryable<HumanTaskRecord> VisibleTasks(Caller scope)
    {
        var query = db.HumanTasks.AsNoTracking();
        if (scope.VisibleDistrict is { } district)
            query = query.Where(t => t.District == district);
        if (scope.VisibleRoles is { } visibleRoles)
        {
            var roles = visibleRoles.ToList();
            query = query.Where(t => roles.Contains(t.Role));
        }
        return query;
    }

    private static InstanceSummary Summary(WorkflowInstanceRecord r) =>
        new(r.Id, r.DefinitionId, r.DefinitionVersion, r.CorrelationId, r.Status, r.PublicStatus, r.CreatedAt, r.UpdatedAt, r.FinishedAt, r.District);

    private static TaskView ToView(HumanTaskRecord t) => new(
        t.Id, t.InstanceId, t.ActivityId, t.TitleText().For(CultureInfo.CurrentUICulture.Name),
        PerLanguage.IsEnglish(CultureInfo.CurrentUICulture.Name) ? t.DescriptionEn ?? t.Description : t.Description, t.Role, t.District,
        TaskCompletionRules.Outcomes(t.OutcomesJson),
        TaskCompletionRules.Outcomes(t.ReasonRequiredForJson),
        t.FormJson is null ? null : JsonNode.Parse(t.FormJson),
        t.Status, t.Assignee, t.CreatedAt, t.DueAt, t.CompletedAt, t.CompletedBy, t.Outcome, t.Comment,
        t.DataJson is null ? null : JsonNode.Parse(t.DataJson) as JsonObject);
}
