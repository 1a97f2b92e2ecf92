using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

/// <summary>Ends its branch; the instance finishes once no branch runs or waits and no incident is open.</summary>
public sealed class EndActivity : IActivity
{
    public const string TypeName = "End";

    public ActivityDescriptor Descriptor { get; } = new(
        TypeName,
        new LocalizedText("结束", "End"),
        "Flow",
        new LocalizedText("结束当前分支。", "Ends this branch of the flow."),
        [],
        []) { Icon = "stop" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
