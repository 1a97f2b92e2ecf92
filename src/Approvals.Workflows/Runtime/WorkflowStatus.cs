namespace Approvals.Workflows.Runtime;

public enum WorkflowStatus
{
    /// <summary>Activities are being executed (only seen inside a step).</summary>
    Running,
    /// <summary>Every branch waits on a bookmark.</summary>
    Suspended,
    Finished,
    /// <summary>At least one incident is open; retrying it continues the instance.</summary>
    Faulted,
    Cancelled,
}
