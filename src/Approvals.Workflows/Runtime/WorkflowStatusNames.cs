using Approvals.Text;

namespace Approvals.Workflows.Runtime;

public static class WorkflowStatusNames
{
    /// <summary>The status as the instance pages name it.</summary>
    public static LocalizedText DisplayName(this WorkflowStatus status) => status switch
    {
        WorkflowStatus.Running => Texts.Text(Texts.WorkflowStatusNames_Running),
        WorkflowStatus.Suspended => Texts.Text(Texts.WorkflowStatusNames_Waiting),
        WorkflowStatus.Finished => Texts.Text(Texts.WorkflowStatusNames_Finished),
        WorkflowStatus.Faulted => Texts.Text(Texts.WorkflowStatusNames_Faulted),
        WorkflowStatus.Cancelled => Texts.Text(Texts.WorkflowStatusNames_Cancelled),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
