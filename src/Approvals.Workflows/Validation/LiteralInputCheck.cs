using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Models;
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
                when kind != JsonValueKind.String => Texts.Text(Texts.LiteralInputCheck_MustBeString, label, name),
            InputKind.PerLanguageText when Expressions.PerLanguageTemplate.Templates(value) is not { Count: > 0 } templates || templates.Keys.Any(k => !PerLanguage.Cultures.Contains(k, StringComparer.OrdinalIgnoreCase))
                || value is JsonObject perCulture && perCulture.Count != templates.Count =>
                Texts.Text(Texts.LiteralInputCheck_MustBeTextPerLanguage, label, name),
            InputKind.Number when kind != JsonValueKind.Number => Texts.Text(Texts.LiteralInputCheck_MustBeNumber, label, name),
            InputKind.Integer when kind != JsonValueKind.Number || !value.AsValue().TryGetValue(out long _) =>
                Texts.Text(Texts.LiteralInputCheck_MustBeWholeNumber, label, name),
            InputKind.Boolean when kind is not (JsonValueKind.True or JsonValueKind.False) =>
                Texts.Text(Texts.LiteralInputCheck_MustBeTrueOrFalse, label, name),
            InputKind.Duration when kind != JsonValueKind.String || !WorkflowDuration.TryParse(value.GetValue<string>(), out _) => Texts.Text(Texts.LiteralInputCheck_IsNotDurationUseISOPT30M, label, name),
            InputKind.Choice when kind != JsonValueKind.String || input.Choices?.Contains(value.GetValue<string>()) == false => Texts.Text(Texts.LiteralInputCheck_MustBeOneOf, label, string.Join(", ", input.Choices ?? []), name),
            InputKind.StringList when value is not JsonArray list || list.Any(i => i?.GetValueKind() != JsonValueKind.String) =>
                Texts.Text(Texts.LiteralInputCheck_MustBeArrayOfStrings, label, name),
            InputKind.Json or InputKind.FormFields or InputKind.SwitchCases or InputKind.Escalation when kind is not (JsonValueKind.Array or JsonValueKind.Object) =>
                Texts.Text(Texts.LiteralInputCheck_MustBeJSONArrayOrObject, label, name),
            _ => null,
        };
    }
}
