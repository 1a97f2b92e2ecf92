using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

/// <summary>Starts every listed branch at once; the interpreter also opens a new round for the joins it reaches.</summary>
public sealed class ForkActivity : IActivity
{
    public const string TypeName = "Fork";

    public ActivityDescriptor Descriptor { get; } = new(
        TypeName,
        new LocalizedText("并行分支", "Fork"),
        "Flow",
        new LocalizedText("同时进入所有分支。", "Continues through every branch at the same time."),
        [InputDescriptors.Create("branches", "分支", "Branches", InputKind.StringList, true, "各分支端口的名称。", "Names of the branch ports.") with { AcceptsExpression = false }],
        []) { OutcomesFromInput = "branches", Icon = "fork" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var branches = context.Activity.Inputs["branches"] is JsonArray array
            ? array.Select(b => b?.GetValue<string>()).OfType<string>().ToArray()
            : [];
        return ValueTask.FromResult(ActivityResult.Complete(branches));
    }
}
