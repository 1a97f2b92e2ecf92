using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

public sealed class StartActivity : IActivity
{
    public const string TypeName = "Start";

    public ActivityDescriptor Descriptor { get; } = new(
        TypeName,
        new LocalizedText("开始", "Start"),
        "Flow",
        new LocalizedText("流程从这里开始。", "Where the flow begins."),
        [],
        ["Done"]) { Icon = "play" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete("Done"));
}
