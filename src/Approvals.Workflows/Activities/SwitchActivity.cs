using System.Text.Json.Nodes;
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
        Texts.Text(Texts.SwitchActivity_Switch),
        "Flow",
        Texts.Text(Texts.SwitchActivity_ContinuesThroughPortOfFirstCase),
        [
            new InputDescriptor("cases", Texts.Text(Texts.SwitchActivity_Cases), InputKind.SwitchCases, true, Texts.Text(Texts.SwitchActivity_ArrayOfNameConditionEachName)) with { AcceptsExpression = false },
            new InputDescriptor("mode", Texts.Text(Texts.SwitchActivity_Mode), InputKind.Choice, false, Texts.Text(Texts.SwitchActivity_MatchFirstTakesFirstTrueCaseMatchAny))
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
                yield return new ValidationError($"{path}.inputs.cases", Texts.Text(Texts.SwitchActivity_CasesMustBeArrayOfName));
            yield break;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var at = $"{path}.inputs.cases[{i}]";
            if (array[i] is not JsonObject obj || obj["name"] is not JsonValue name || !name.TryGetValue(out string? n) || n.Length == 0
                || obj["condition"] is not JsonValue condition || !condition.TryGetValue(out string? c))
            {
                yield return new ValidationError(at, Texts.Text(Texts.SwitchActivity_CaseMustBeObjectWithNon));
                continue;
            }
            if (!names.Add(n) || n == "Default")
                yield return new ValidationError($"{at}.name", Texts.Text(Texts.SwitchActivity_CaseNameIsUsedTwiceOr, n));
            if (expressions.CheckSyntax(InputValue.JavaScript, c) is { } error)
                yield return WorkflowDefinitionLoader.ExpressionProblem($"{at}.condition", activity.Id, Descriptor.Inputs[0], $"cases[{i}].condition", error);
        }
    }
}
