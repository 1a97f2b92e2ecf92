using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

public sealed class StartActivity : IActivity
{
    public const string TypeName = "Start";

    public ActivityDescriptor Descriptor { get; } = new(
        TypeName,
        Texts.Text(Texts.StartActivity_Start),
        "Flow",
        Texts.Text(Texts.StartActivity_WhereFlowBegins),
        [],
        ["Done"]) { Icon = "play" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete("Done"));
}
