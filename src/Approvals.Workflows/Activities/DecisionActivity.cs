using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

public sealed class DecisionActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Decision",
        Texts.Text(Texts.DecisionActivity_Decision),
        "Flow",
        Texts.Text(Texts.DecisionActivity_ContinuesThroughTrueOrFalseDepending),
        [new InputDescriptor("condition", Texts.Text(Texts.DecisionActivity_Condition), InputKind.Expression, true, Texts.Text(Texts.DecisionActivity_JavaScriptConditionEGVariablesAmount))],
        ["True", "False"]) { RequiresConnectedOutcomes = true, Icon = "fork" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete(JsonTruth.IsTruthy(context.EvaluateInput("condition")) ? "True" : "False"));
}
