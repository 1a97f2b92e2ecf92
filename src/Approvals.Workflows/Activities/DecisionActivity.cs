using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

public sealed class DecisionActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Decision",
        new LocalizedText("判断", "Decision"),
        "Flow",
        new LocalizedText("按条件走“是”或“否”分支。", "Continues through True or False depending on a condition."),
        [InputDescriptors.Create("condition", "条件", "Condition", InputKind.Expression, true, "JavaScript 条件，如 variables.amount > 1000。", "A JavaScript condition, e.g. variables.amount > 1000.")],
        ["True", "False"]) { RequiresConnectedOutcomes = true, Icon = "fork" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete(JsonTruth.IsTruthy(context.EvaluateInput("condition")) ? "True" : "False"));
}
