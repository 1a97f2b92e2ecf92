using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Persistence.Entities;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Workflows;

/// <summary>Read side of the runtime: instances, their journal, tasks. No tracking, one query per list.</summary>
public sealed class WorkflowQueries(ApprovalsDbContext db)
{
    public async Task<IReadOnlyList<InstanceSummary>> ListInstancesAsync(string? definitionId, WorkflowStatus? status, string? correlationId, int take, CancellationToken cancellationToken)
    {
        var query = db.WorkflowInstances.AsNoTracking();
        if (definitionId is not null)
            query = query.Where(i => i.DefinitionId == definitionId);
        if (status is not null)
            query = query.Where(i => i.Status == status);
        if (correlationId is not null)
            query = query.Where(i => i.CorrelationId == correlationId);
        var rows = await query.OrderByDescending(i => i.CreatedAt).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
        return rows.Select(Summary).ToList();
    }

    public async Task<InstanceDetails> GetInstanceAsync(string id, CancellationToken cancellationToken)
    {
        var record = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new WorkflowNotFoundException($"There is no workflow instance '{id}'.");
        var state = WorkflowStateJson.Deserialize(record.StateJson);
        var tasks = await db.HumanTasks.AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var incidents = await db.Incidents.AsNoTracking().Where(i => i.InstanceId == id).OrderBy(i => i.Timestamp).ToListAsync(cancellationToken);
        var journal = await db.Journal.AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        return new InstanceDetails(
            Summary(record),
            state.Variables,
            state.Input,
            state.Bookmarks,
            tasks.Select(ToView).ToList(),
            incidents.Select(i => new IncidentView(i.Id, i.ActivityId, i.ActivityType, i.Message, i.Timestamp, i.ResolvedAt)).ToList(),
            journal.Select(j => new JournalView(j.Id, j.Timestamp, j.ActivityId, j.ActivityType, j.Event, j.Outcome, j.Actor, j.Message)).ToList());
    }

    public async Task<IReadOnlyList<TaskView>> ListTasksAsync(TaskFilter filter, CancellationToken cancellationToken)
    {
        var query = db.HumanTasks.AsNoTracking();
        if (filter.Status is not null)
            query = query.Where(t => t.Status == filter.Status);
        if (filter.Role is not null)
            query = query.Where(t => t.Role == filter.Role);
        if (filter.District is not null)
            query = query.Where(t => t.District == filter.District);
        if (filter.InstanceId is not null)
            query = query.Where(t => t.InstanceId == filter.InstanceId);
        var rows = await query.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt)
            .Take(Math.Clamp(filter.Take, 1, 500)).ToListAsync(cancellationToken);
        return rows.Select(ToView).ToList();
    }

    public async Task<TaskView> GetTaskAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.HumanTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new WorkflowNotFoundException($"There is no task '{id}'.");
        return ToView(row);
    }

    private static InstanceSummary Summary(WorkflowInstanceRecord r) =>
        new(r.Id, r.DefinitionId, r.DefinitionVersion, r.CorrelationId, r.Status, r.PublicStatus, r.CreatedAt, r.UpdatedAt, r.FinishedAt);

    private static TaskView ToView(HumanTaskRecord t) => new(
        t.Id, t.InstanceId, t.ActivityId, t.Title, t.Description, t.Role, t.District,
        JsonSerializer.Deserialize<List<string>>(t.OutcomesJson) ?? [],
        t.FormJson is null ? null : JsonNode.Parse(t.FormJson),
        t.Status, t.Assignee, t.CreatedAt, t.DueAt, t.CompletedAt, t.CompletedBy, t.Outcome, t.Comment);
}
