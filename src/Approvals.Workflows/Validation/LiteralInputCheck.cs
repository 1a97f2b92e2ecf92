using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Validation;

/// <summary>Whether a literal input value fits its declared kind; returns the problem or null.</summary>
internal static class LiteralInputCheck
{
    public static string? Problem(InputDescriptor input, JsonNode value)
    {
        var kind = value.GetValueKind();
        return input.Kind switch
        {
            InputKind.String or InputKind.MultilineText or InputKind.Role or InputKind.District or InputKind.EmailTemplate
                when kind != JsonValueKind.String => $"'{input.Name}' must be a string.",
            InputKind.Number when kind != JsonValueKind.Number => $"'{input.Name}' must be a number.",
            InputKind.Integer when kind != JsonValueKind.Number || !value.AsValue().TryGetValue(out long _) => $"'{input.Name}' must be a whole number.",
            InputKind.Boolean when kind is not (JsonValueKind.True or JsonValueKind.False) => $"'{input.Name}' must be true or false.",
            InputKind.Duration when kind != JsonValueKind.String || !WorkflowDuration.TryParse(value.GetValue<string>(), out _) =>
                $"'{input.Name}' is not a duration: use ISO 8601 (\"PT30M\", \"P2D\") or working days (\"5wd\", \"2wd4h\").",
            InputKind.Choice when kind != JsonValueKind.String || input.Choices?.Contains(value.GetValue<string>()) == false =>
                $"'{input.Name}' must be one of: {string.Join(", ", input.Choices ?? [])}.",
            InputKind.StringList when value is not JsonArray list || list.Any(i => i?.GetValueKind() != JsonValueKind.String) =>
                $"'{input.Name}' must be an array of strings.",
            InputKind.Json or InputKind.FormFields or InputKind.SwitchCases or InputKind.Escalation when kind is not (JsonValueKind.Array or JsonValueKind.Object) => $"'{input.Name}' must be a JSON array or object.",
            _ => null,
        };
    }
}
