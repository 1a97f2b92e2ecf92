using Approvals.Text;
using Approvals.Workflows.Activities;
using Approvals.UseCases.Records;

namespace Approvals.UseCases.Instances;

/// <summary>The refusals several places of the runtime give, said the same way wherever they are given.</summary>
public static class WorkflowRefusals
{
    public static NotFoundRefusal NoTask(string taskId) =>
        new(new($"没有找到任务“{taskId}”。", $"There is no task '{taskId}'."));

    public static NotFoundRefusal NoInstance(string instanceId) =>
        new(new($"没有找到流程实例“{instanceId}”。", $"There is no workflow instance '{instanceId}'."));

    public static NotFoundRefusal NoDefinition(string definitionId) =>
        new(new($"没有找到流程定义“{definitionId}”。", $"There is no workflow definition '{definitionId}'."));

    public static NotFoundRefusal NoVersion(string definitionId, int version) =>
        new(new($"流程定义“{definitionId}”没有第 {version} 版。", $"Workflow definition '{definitionId}' has no version {version}."));

    /// <summary>A task that is no longer open: completed, or cancelled with its instance.</summary>
    public static ConflictRefusal TaskClosed(string taskId, HumanTaskStatus status) =>
        new(status == HumanTaskStatus.Cancelled
            ? new($"任务“{taskId}”已取消，不能再办理。", $"Task '{taskId}' is already cancelled; it cannot be completed any more.")
            : new($"任务“{taskId}”已办结，不能再次办理。", $"Task '{taskId}' is already completed; it cannot be completed again."));

    /// <summary>Four eyes: the caller decided an earlier step of the case, so this task is for someone else.</summary>
    public static ConflictRefusal ActorExcluded(string user, string task) =>
        new(HumanTaskActivity.ExcludedActorRefusal(user, task));

    /// <summary>The task was claimed by another person: only they may complete it.</summary>
    public static ConflictRefusal ClaimedByOther(string taskId, string assignee) =>
        new(new($"任务“{taskId}”已由 {assignee} 认领。", $"Task '{taskId}' is claimed by {assignee}."));
}
