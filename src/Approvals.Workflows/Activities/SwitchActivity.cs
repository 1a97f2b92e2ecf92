using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Models;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Validation;

namespace Approvals.Workflows.Activities;

/// <summary>
/// Chooses case ports by condition. <c>cases</c> is <c>[{ "name": "High", "condition": "variables.x > 5" }]</c>;
/// MatchFirst takes the first true case, MatchAny every true case; Default when none is true.
/// </summary>
public sealed class SwitchActivity : IActivity, IValidatesInputs
{
    public const string MatchFirst = "MatchFirst";
    public const string MatchAny = "MatchAny";

    public ActivityDescriptor Descriptor { get; } = new(
        "Switch",
        new LocalizedText("多路分支", "Switch"),
        "Flow",
        new LocalizedText("按第一个成立的条件选择分支。", "Continues through the port of the first case whose condition holds, else Default."),
        [
            InputDescriptors.Create("cases", "分支条件", "Cases", InputKind.SwitchCases, true, "{ name, condition } 数组：每个名称是一个端口，每个条件是 JavaScript 表达式。", "Array of { name, condition }: each name is a port, each condition JavaScript.") with { AcceptsExpression = false },
            InputDescriptors.Create("mode", "匹配方式", "Mode", InputKind.Choice, false, "MatchFirst：走第一个成立的分支；MatchAny：走所有成立的分支。", "MatchFirst takes the first true case; MatchAny takes all.")
                with { Choices = [MatchFirst, MatchAny], Default = MatchFirst, AcceptsExpression = false },
        ],
        ["Default"]) { OutcomesFromInput = "cases", Icon = "switch" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var matchAny = context.EvaluateString("mode") == MatchAny;
        var matched = new List<string>();
        foreach (var (name, condition) in Cases(context.Activity.Inputs["cases"]))
        {
            var value = context.Expressions.Evaluate(InputValue.JavaScript, condition, context.Instance.Variables, context.Instance.Input, context.CancellationToken);
            if (!JsonTruth.IsTruthy(value))
                continue;
            matched.Add(name);
            if (!matchAny)
                break;
        }
        return ValueTask.FromResult(matched.Count == 0 ? ActivityResult.Complete("Default") : ActivityResult.Complete([.. matched]));
    }

    /// <summary>The well-formed cases of a literal <c>cases</c> input; the validator reports the others.</summary>
    public static IEnumerable<(string Name, string Condition)> Cases(JsonNode? cases)
    {
        if (cases is not JsonArray array)
            yield break;
        foreach (var item in array)
        {
            if (item is JsonObject obj && obj["name"] is JsonValue name && name.TryGetValue(out string? n)
                && obj["condition"] is JsonValue condition && condition.TryGetValue(out string? c))
                yield return (n, c);
        }
    }

    public IEnumerable<ValidationError> ValidateInputs(ActivityModel activity, string path, IExpressionEvaluator expressions)
    {
        if (activity.Inputs["cases"] is not JsonArray array)
        {
            if (activity.Inputs["cases"] is not null)
                yield return new ValidationError($"{path}.inputs.cases", new(
                    "分支条件必须是 { \"name\": ..., \"condition\": ... } 组成的数组。", "Cases must be an array of { \"name\": ..., \"condition\": ... }."));
            yield break;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var at = $"{path}.inputs.cases[{i}]";
            if (array[i] is not JsonObject obj || obj["name"] is not JsonValue name || !name.TryGetValue(out string? n) || n.Length == 0
                || obj["condition"] is not JsonValue condition || !condition.TryGetValue(out string? c))
            {
                yield return new ValidationError(at, new(
                    "每个分支必须是对象，带非空字符串“name”和字符串“condition”。", "A case must be an object with a non-empty string 'name' and a string 'condition'."));
                continue;
            }
            if (!names.Add(n) || n == "Default")
                yield return new ValidationError($"{at}.name", new(
                    $"分支名“{n}”重复，或用了保留名“Default”。", $"Case name '{n}' is used twice or is the reserved 'Default'."));
            if (expressions.CheckSyntax(InputValue.JavaScript, c) is { } error)
                yield return WorkflowDefinitionLoader.ExpressionProblem($"{at}.condition", error);
        }
    }
}
