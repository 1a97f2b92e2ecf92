using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Runtime;

/// <summary>A stimulus that cannot be applied; nothing was changed.</summary>
public sealed class WorkflowRuntimeException(WorkflowRuntimeError error, LocalizedText text) : LocalizedException(text)
{
    public WorkflowRuntimeError Error { get; } = error;
}

public enum WorkflowRuntimeError
{
    BookmarkNotFound,
    InvalidOutcome,
    InstanceNotActive,
    IncidentNotFound,
    InvalidInput,

    /// <summary>The actor may not complete this task, e.g. the same person already decided an earlier step (four eyes).</summary>
    ActorExcluded,
}
