using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Validation;

/// <summary>Whether a literal input value fits its declared kind; returns the problem or null.</summary>
internal static class LiteralInputCheck
{
    public static LocalizedText? Problem(InputDescriptor input, JsonNode value)
    {
        var kind = value.GetValueKind();
        var name = input.Name;
        // In Chinese the field as the property panel labels it, with the JSON name that the path shows.
        var label = $"“{input.DisplayName.ZhCn}”（{name}）";
        return input.Kind switch
        {
            InputKind.String or InputKind.MultilineText or InputKind.Role or InputKind.District or InputKind.EmailTemplate
                when kind != JsonValueKind.String => new($"{label}必须是字符串。", $"'{name}' must be a string."),
            InputKind.Number when kind != JsonValueKind.Number => new($"{label}必须是数字。", $"'{name}' must be a number."),
            InputKind.Integer when kind != JsonValueKind.Number || !value.AsValue().TryGetValue(out long _) =>
                new($"{label}必须是整数。", $"'{name}' must be a whole number."),
            InputKind.Boolean when kind is not (JsonValueKind.True or JsonValueKind.False) =>
                new($"{label}必须是 true 或 false。", $"'{name}' must be true or false."),
            InputKind.Duration when kind != JsonValueKind.String || !WorkflowDuration.TryParse(value.GetValue<string>(), out _) => new(
                $"{label}不是有效的时长：请用 ISO 8601（\"PT30M\"、\"P2D\"）或工作日（\"5wd\"、\"2wd4h\"）。",
                $"'{name}' is not a duration: use ISO 8601 (\"PT30M\", \"P2D\") or working days (\"5wd\", \"2wd4h\")."),
            InputKind.Choice when kind != JsonValueKind.String || input.Choices?.Contains(value.GetValue<string>()) == false => new(
                $"{label}必须是以下之一：{string.Join(", ", input.Choices ?? [])}。",
                $"'{name}' must be one of: {string.Join(", ", input.Choices ?? [])}."),
            InputKind.StringList when value is not JsonArray list || list.Any(i => i?.GetValueKind() != JsonValueKind.String) =>
                new($"{label}必须是字符串数组。", $"'{name}' must be an array of strings."),
            InputKind.Json or InputKind.FormFields or InputKind.SwitchCases or InputKind.Escalation when kind is not (JsonValueKind.Array or JsonValueKind.Object) =>
                new($"{label}必须是 JSON 数组或对象。", $"'{name}' must be a JSON array or object."),
            _ => null,
        };
    }
}
