using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// The reads on the hot path of a step (the version a start runs on, the instance a step
/// loads, the task a completion works and its four-eyes check, the last decision at a step a new task opens at), compiled once: a LINQ query costs more to translate and look up in EF's query cache than SQLite
/// takes to run it. A compiled query is bound to one model (one provider), so this
/// is a singleton per container rather than static.
/// </summary>
public sealed class StepLoadQueries
{
    public Func<ApprovalsDbContext, string, CancellationToken, Task<WorkflowInstanceRecord?>> Instance { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string id, CancellationToken _) => db.WorkflowInstances.FirstOrDefault(i => i.Id == id));

    /// <summary>The instance when it belongs to the district: how a regulator's cancel and retry load it.</summary>
    public Func<ApprovalsDbContext, string, string, CancellationToken, Task<WorkflowInstanceRecord?>> InstanceInDistrict { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string id, string district, CancellationToken _) => db.WorkflowInstances.FirstOrDefault(i => i.Id == id && i.District == district));

    public Func<ApprovalsDbContext, string, CancellationToken, Task<int?>> CurrentVersion { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string definitionId, CancellationToken _) =>
            db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId && d.IsPublished && d.IsCurrent).Select(d => (int?)d.Version).FirstOrDefault());

    public Func<ApprovalsDbContext, string, int, CancellationToken, Task<int?>> PublishedVersion { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string definitionId, int version, CancellationToken _) =>
            db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId && d.IsPublished && d.Version == version).Select(d => (int?)d.Version).FirstOrDefault());

    /// <summary>A task by id, tracked: the row a completion writes back.</summary>
    public Func<ApprovalsDbContext, string, CancellationToken, Task<HumanTaskRecord?>> TrackedTask { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string id, CancellationToken _) => db.HumanTasks.AsTracking().FirstOrDefault(t => t.Id == id));

    /// <summary>A task by id, untracked: a claim or release only checks it.</summary>
    public Func<ApprovalsDbContext, string, CancellationToken, Task<HumanTaskRecord?>> UntrackedTask { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string id, CancellationToken _) => db.HumanTasks.AsNoTracking().FirstOrDefault(t => t.Id == id));

    /// <summary>Four eyes: whether the user may not work the task.</summary>
    public Func<ApprovalsDbContext, string, string, CancellationToken, Task<bool>> IsExcluded { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string taskId, string user, CancellationToken _) => db.HumanTaskExclusions.Any(x => x.TaskId == taskId && x.UserName == user));

    /// <summary>The last completed task of a step of an instance: who decided it and how.</summary>
    public Func<ApprovalsDbContext, string, string, CancellationToken, Task<StepDecision?>> LastDecision { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string instanceId, string activityId, CancellationToken _) =>
            db.HumanTasks.AsNoTracking()
                .Where(t => t.InstanceId == instanceId && t.ActivityId == activityId && t.Status == HumanTaskStatus.Completed)
                .OrderByDescending(t => t.CompletedAt)
                .Select(t => new StepDecision(t.Outcome, t.CompletedBy))
                .FirstOrDefault());

    /// <summary>The instance an open bookmark belongs to, or null when it is gone.</summary>
    public Func<ApprovalsDbContext, string, CancellationToken, Task<string?>> BookmarkInstance { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string bookmarkId, CancellationToken _) =>
            db.Bookmarks.AsNoTracking().Where(b => b.Id == bookmarkId).Select(b => b.InstanceId).FirstOrDefault());
}
