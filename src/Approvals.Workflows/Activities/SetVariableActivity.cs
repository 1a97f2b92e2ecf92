using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

public sealed class SetVariableActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "SetVariable",
        Texts.Text(Texts.SetVariableActivity_SetVariable),
        "Primitives",
        Texts.Text(Texts.SetVariableActivity_StoresValueInWorkflowVariable),
        [
            new InputDescriptor("variable", Texts.Text(Texts.SetVariableActivity_Variable), InputKind.String, true, Texts.Text(Texts.SetVariableActivity_NameOfVariableToSet)) with { AcceptsExpression = false },
            new InputDescriptor("value", Texts.Text(Texts.SetVariableActivity_Value), InputKind.Expression, false, Texts.Text(Texts.SetVariableActivity_LiteralOrExpressionItsResultIs)),
        ],
        ["Done"]) { Icon = "variable" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var name = context.EvaluateString("variable") ?? "";
        context.SetVariable(name, context.EvaluateInput("value"));
        return ValueTask.FromResult(ActivityResult.Complete("Done"));
    }
}
