using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Forms;
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
        var task = await FindWorkableAsync(taskId, scope, cancellationToken);
        await RefuseExcludedAsync(task, user, cancellationToken);
        if (task.Assignee == user)
            return;
        var claimed = await db.HumanTasks
            .Where(t => t.Id == taskId && t.Status == HumanTaskStatus.Open && t.Assignee == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, user), cancellationToken);
        if (claimed == 0)
            throw new ConflictRefusal(new($"任务“{taskId}”已被他人认领。", $"Task '{taskId}' is already claimed by someone else."));
    }

    /// <exception cref="NotFoundRefusal">no such task in the caller's scope.</exception>
    /// <exception cref="ConflictRefusal">the task is closed or claimed by someone else.</exception>
    public async Task ReleaseTaskAsync(string taskId, Caller scope, CancellationToken cancellationToken)
    {
        var user = scope.UserName ?? throw new ArgumentException("A release needs a user name.", nameof(scope));
        await FindWorkableAsync(taskId, scope, cancellationToken);
        var released = await db.HumanTasks
            .Where(t => t.Id == taskId && t.Status == HumanTaskStatus.Open && t.Assignee == user)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, (string?)null), cancellationToken);
        if (released == 0)
            throw new ConflictRefusal(new($"任务“{taskId}”不是由您认领的。", $"Task '{taskId}' is not claimed by you."));
    }

    /// <summary>Outcomes that turn the applicant away or send work back: the reviewer must say why.</summary>
    public static readonly IReadOnlySet<string> OutcomesNeedingReason = new HashSet<string>(StringComparer.Ordinal) { "Reject", "RequestCorrections" };

    /// <summary>Completes a task as the caller: it must be in their scope, for their role, unclaimed or claimed by them.</summary>
    /// <exception cref="NotFoundRefusal">no such task in the caller's scope.</exception>
    /// <exception cref="ForbiddenRefusal">the task is for another role.</exception>
    /// <exception cref="ConflictRefusal">the task is closed, claimed by someone else (also in between), or the caller decided an earlier step of the case (four eyes).</exception>
    /// <exception cref="InvalidRefusal">no outcome, one the task does not offer, no reason where one is required, or form data that does not fit the task's form.</exception>
    public async Task<WorkflowInstanceState> CompleteTaskAsync(string taskId, ResumeStimulus stimulus, Caller scope, CancellationToken cancellationToken)
    {
        var task = await FindWorkableAsync(taskId, scope, cancellationToken);
        if (scope.UserName is { } user)
            await RefuseExcludedAsync(task, user, cancellationToken);
        var outcomes = JsonSerializer.Deserialize<List<string>>(task.OutcomesJson) ?? [];
        if (string.IsNullOrWhiteSpace(stimulus.Outcome))
            throw new InvalidRefusal(new(
                $"请选择办理结果；本任务可选：{string.Join("、", outcomes)}。", $"outcome is required; this task offers: {string.Join(", ", outcomes)}."));
        if (!outcomes.Contains(stimulus.Outcome, StringComparer.Ordinal))
            throw new InvalidRefusal(new(
                $"本任务没有“{stimulus.Outcome}”这一办理结果；请从以下结果中选择：{string.Join("、", outcomes)}。",
                $"Outcome '{stimulus.Outcome}' is not offered by this task; choose one of: {string.Join(", ", outcomes)}."));
        if (OutcomesNeedingReason.Contains(stimulus.Outcome) && string.IsNullOrWhiteSpace(stimulus.Comment))
            throw new InvalidRefusal(new(
                $"选择“{stimulus.Outcome}”时必须填写理由（办理意见）。", $"A reason (comment) is required for {stimulus.Outcome}."));
        var form = FormField.Parse(task.FormJson is null ? null : JsonNode.Parse(task.FormJson));
        if (FormData.Check(form, stimulus.Data) is { Count: > 0 } problems)
            throw new InvalidRefusal(new(
                string.Concat(problems.Select(p => p.Text.ZhCn)), string.Join(" ", problems.Select(p => p.Text.En))));
        return await CompleteTaskAsync(taskId, stimulus with { Actor = scope.UserName ?? stimulus.Actor }, cancellationToken);
    }

    /// <summary>Four eyes: a person who decided an earlier step of the case may neither claim nor complete the task.</summary>
    private async Task RefuseExcludedAsync(HumanTaskRecord task, string user, CancellationToken cancellationToken)
    {
        if (await db.HumanTaskExclusions.AnyAsync(x => x.TaskId == task.Id && x.UserName == user, cancellationToken))
            throw WorkflowRefusals.ActorExcluded(user, task.Title);
    }

    /// <summary>The open task, if the caller may see it and work it.</summary>
    public async Task<HumanTaskRecord> FindWorkableAsync(string taskId, Caller scope, CancellationToken cancellationToken)
    {
        var task = await new WorkflowQueries(db).VisibleTasks(scope).FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw WorkflowRefusals.NoTask(taskId);
        if (task.Status != HumanTaskStatus.Open)
            throw WorkflowRefusals.TaskClosed(taskId, task.Status);
        if (!scope.MayWork(task.Role))
            throw new ForbiddenRefusal(new($"任务“{taskId}”由 {task.Role} 角色办理，您只能查看。", $"Task '{taskId}' is for the role {task.Role}; you may only read it."));
        if (task.Assignee is not null && scope.UserName is not null && task.Assignee != scope.UserName)
            throw WorkflowRefusals.ClaimedByOther(taskId, task.Assignee);
        return task;
    }
}
