using Approvals.Text;
using Approvals.UseCases.Records;

namespace Approvals.UseCases.Instances;

/// <summary>The refusals several places of the runtime give, said the same way wherever they are given.</summary>
public static class WorkflowRefusals
{
    public static NotFoundRefusal NoTask(string taskId) =>
        new(Texts.Text(Texts.WorkflowRefusals_ThereIsNoTask, taskId));

    public static NotFoundRefusal NoInstance(string instanceId) =>
        new(Texts.Text(Texts.WorkflowRefusals_ThereIsNoWorkflowInstance, instanceId));

    public static NotFoundRefusal NoDefinition(string definitionId) =>
        new(Texts.Text(Texts.WorkflowRefusals_ThereIsNoWorkflowDefinition, definitionId));

    public static NotFoundRefusal NoVersion(string definitionId, int version) =>
        new(Texts.Text(Texts.WorkflowRefusals_WorkflowDefinitionHasNoVersion, definitionId, version));

    /// <summary>A task that is no longer open: completed, or cancelled with its instance.</summary>
    public static ConflictRefusal TaskClosed(LocalizedText taskTitle, HumanTaskStatus status) =>
        new(status == HumanTaskStatus.Cancelled
            ? Texts.Text(Texts.WorkflowRefusals_TaskIsAlreadyCancelledItCannot, taskTitle)
            : Texts.Text(Texts.WorkflowRefusals_TaskIsAlreadyCompletedItCannot, taskTitle));

    /// <summary>Four eyes: the caller decided an earlier step of the case, so this task is for someone else. Names the task by its title, never by an id or a person's e-mail.</summary>
    public static ConflictRefusal ActorExcluded(LocalizedText taskTitle) =>
        new(Texts.Text(Texts.WorkflowRefusals_AlreadyDecidedEarlierStepOfThis, taskTitle));

    /// <summary>The task was claimed by another person: only they may complete it.</summary>
    public static ConflictRefusal ClaimedByOther(LocalizedText taskTitle) =>
        new(Texts.Text(Texts.WorkflowRefusals_TaskIsClaimedBy, taskTitle));
}
