using Approvals.UseCases.Tasks;
using Approvals.Text;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// A person working a task: claim, release, complete. A claim is one conditional update, so two reviewers
/// claiming the same task at once cannot both win. Outside the caller's scope a task does not exist.
/// </summary>
public sealed partial class WorkflowRuntime
{
    /// <exception cref="NotFoundRefusal">no such task in the caller's scope.</exception>
    /// <exception cref="ConflictRefusal">the task is closed, claimed by someone else, or the caller decided an earlier step of the case (four eyes).</exception>
    public async Task ClaimTaskAsync(string taskId, Caller scope, CancellationToken cancellationToken)
    {
        var user = scope.UserName ?? throw new ArgumentException("A claim needs a user name.", nameof(scope));
        var task = await FindWorkableAsync(taskId, scope, user, tracked: false, cancellationToken);
        await RefuseExcludedAsync(task, user, cancellationToken);
        if (task.Assignee == user)
            return;
        var claimed = await db.HumanTasks
            .Where(t => t.Id == taskId && t.Status == HumanTaskStatus.Open && t.Assignee == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, user), cancellationToken);
        if (claimed == 0)
            throw new ConflictRefusal(Texts.Text(Texts.WorkflowRuntime_TaskIsAlreadyClaimedBySomeone, task.TitleText()));
    }

    /// <exception cref="NotFoundRefusal">no such task in the caller's scope.</exception>
    /// <exception cref="ConflictRefusal">the task is closed or claimed by someone else.</exception>
    public async Task ReleaseTaskAsync(string taskId, Caller scope, CancellationToken cancellationToken)
    {
        var user = scope.UserName ?? throw new ArgumentException("A release needs a user name.", nameof(scope));
        var task = await FindWorkableAsync(taskId, scope, user, tracked: false, cancellationToken);
        var released = await db.HumanTasks
            .Where(t => t.Id == taskId && t.Status == HumanTaskStatus.Open && t.Assignee == user)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, (string?)null), cancellationToken);
        if (released == 0)
            throw new ConflictRefusal(Texts.Text(Texts.WorkflowRuntime_TaskIsNotClaimedByYou, task.TitleText()));
    }

    /// <summary>
    /// Completes a task as the caller: it must be in their scope, for their role, unclaimed or claimed by them. The
    /// task is loaded and checked once per attempt, on the row the step writes back: the commit updates it only while
    /// the assignee is still the one read here (a concurrency token), so a claim by someone else in between makes the
    /// step re-run and stop at the claim check. Background work and tests complete as <see cref="Caller.System"/>.
    /// </summary>
    /// <exception cref="NotFoundRefusal">no such task in the caller's scope.</exception>
    /// <exception cref="ForbiddenRefusal">the task is for another role.</exception>
    /// <exception cref="ConflictRefusal">the task is closed, claimed by someone else (also in between), or the caller decided an earlier step of the case (four eyes).</exception>
    /// <exception cref="InvalidRefusal">no outcome, one the task does not offer, no reason where the task requires one, or form data that does not fit the task's form.</exception>
    public Task<WorkflowInstanceState> CompleteTaskAsync(string taskId, ResumeStimulus stimulus, Caller scope, CancellationToken cancellationToken) =>
        WithRetriesAsync("complete-task", async () =>
        {
            var completion = stimulus with { Actor = scope.UserName ?? stimulus.Actor };
            var task = await FindWorkableAsync(taskId, scope, completion.Actor, tracked: true, cancellationToken);
            if (scope.UserName is { } user)
                await RefuseExcludedAsync(task, user, cancellationToken);
            TaskCompletionRules.Check(task, completion);
            try
            {
                return await ResumeLoadedAsync(task.InstanceId, task.Id, task, completion, cancellationToken);
            }
            catch (NotWaitingRefusal ex)
            {
                throw new ConflictRefusal(Texts.Text(Texts.WorkflowRuntime_TaskCanNoLongerBeCompleted, task.TitleText(), ex.Text.ZhCn, ex.Text.En));
            }
        }, cancellationToken);

    /// <summary>Four eyes: a person who decided an earlier step of the case may neither claim nor complete the task.</summary>
    private async Task RefuseExcludedAsync(HumanTaskRecord task, string user, CancellationToken cancellationToken)
    {
        if (await loads.IsExcluded(db, task.Id, user, cancellationToken))
            throw WorkflowRefusals.ActorExcluded(task.TitleText());
    }

    /// <summary>The open task, if the caller may see it and work it, and nobody but <paramref name="actor"/> claimed it.</summary>
    private async Task<HumanTaskRecord> FindWorkableAsync(string taskId, Caller scope, string? actor, bool tracked, CancellationToken cancellationToken)
    {
        var task = await (tracked ? loads.TrackedTask(db, taskId, cancellationToken) : loads.UntrackedTask(db, taskId, cancellationToken));
        if (task is not null && !IsVisible(task, scope))
        {
            // Read by id alone (a compiled query) and checked here: outside the caller's scope it does not exist.
            if (tracked && db.Entry(task).State == EntityState.Unchanged)
                db.Entry(task).State = EntityState.Detached;
            task = null;
        }
        return Workable(task ?? throw WorkflowRefusals.NoTask(taskId), scope, actor);
    }

    /// <summary>The same rule as <see cref="WorkflowQueries.VisibleTasks"/>, on a row already read.</summary>
    private static bool IsVisible(HumanTaskRecord task, Caller scope) =>
        (scope.VisibleDistrict is not { } district || task.District == district)
        && (scope.VisibleRoles is not { } roles || roles.Contains(task.Role));

    private static HumanTaskRecord Workable(HumanTaskRecord task, Caller scope, string? actor)
    {
        if (task.Status != HumanTaskStatus.Open)
            throw WorkflowRefusals.TaskClosed(task.TitleText(), task.Status);
        if (!scope.MayWork(task.Role))
            throw new ForbiddenRefusal(Texts.Text(Texts.WorkflowRuntime_TaskIsForRoleYouMay, task.TitleText()));
        if (task.Assignee is { } assignee && actor is not null && assignee != actor)
            throw WorkflowRefusals.ClaimedByOther(task.TitleText());
        return task;
    }
}
