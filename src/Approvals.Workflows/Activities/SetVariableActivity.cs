using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

public sealed class SetVariableActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "SetVariable",
        new LocalizedText("设置变量", "Set variable"),
        "Primitives",
        new LocalizedText("把一个值写入流程变量。", "Stores a value in a workflow variable."),
        [
            InputDescriptors.Create("variable", "变量", "Variable", InputKind.String, true, "要设置的变量名。", "Name of the variable to set.") with { AcceptsExpression = false },
            InputDescriptors.Create("value", "值", "Value", InputKind.Expression, false, "常量或表达式，结果存入变量。", "A literal or an expression; its result is stored."),
        ],
        ["Done"]) { Icon = "variable" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var name = context.EvaluateString("variable") ?? "";
        context.SetVariable(name, context.EvaluateInput("value"));
        return ValueTask.FromResult(ActivityResult.Complete("Done"));
    }
}
