namespace Approvals.UseCases.Records;

/// <summary>
/// A person who may not work a task (four eyes: they decided an earlier step of the case). Fixed when the task
/// is created; the inbox, the claim and the completion all read it.
/// </summary>
public sealed class HumanTaskExclusion
{
    public required string TaskId { get; set; }
    public required string UserName { get; set; }
}
