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
        Texts.Text(Texts.EndActivity_End),
        "Flow",
        Texts.Text(Texts.EndActivity_EndsThisBranchOfFlow),
        [],
        []) { Icon = "stop" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
