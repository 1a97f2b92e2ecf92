using Approvals.Text;

namespace Approvals.Workflows.Runtime;

public static class WorkflowStatusNames
{
    /// <summary>The status as the instance pages name it.</summary>
    public static LocalizedText DisplayName(this WorkflowStatus status) => status switch
    {
        WorkflowStatus.Running => new("运行中", "running"),
        WorkflowStatus.Suspended => new("等待中", "waiting"),
        WorkflowStatus.Finished => new("已完成", "finished"),
        WorkflowStatus.Faulted => new("故障", "faulted"),
        WorkflowStatus.Cancelled => new("已取消", "cancelled"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
