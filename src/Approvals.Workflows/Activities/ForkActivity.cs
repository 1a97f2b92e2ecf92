using System.Text.Json.Nodes;
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
        Texts.Text(Texts.ForkActivity_Fork),
        "Flow",
        Texts.Text(Texts.ForkActivity_ContinuesThroughEveryBranchAtSame),
        [new InputDescriptor("branches", Texts.Text(Texts.ForkActivity_Branches), InputKind.StringList, true, Texts.Text(Texts.ForkActivity_NamesOfBranchPorts)) with { AcceptsExpression = false }],
        []) { OutcomesFromInput = "branches", Icon = "fork" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var branches = context.Activity.Inputs["branches"] is JsonArray array
            ? array.Select(b => b?.GetValue<string>()).OfType<string>().ToArray()
            : [];
        return ValueTask.FromResult(ActivityResult.Complete(branches));
    }
}
