using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Models;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Expressions;

/// <summary>
/// Renders an input of kind <see cref="Registry.InputKind.PerLanguageText"/>: <c>{ "zh-CN": "审核申请 {{ input.caseNumber }}",
/// "en": "Review application {{ input.caseNumber }}" }</c>, each language's <c>{{ }}</c> placeholders read from the
/// instance's input and variables. A single string serves both languages. An expression (definitions written before
/// there were languages used JavaScript) still runs: its text serves both languages, or, when it gives an object keyed
/// by culture, each language takes its own.
/// </summary>
public static class PerLanguageTemplate
{
    public static LocalizedText? Render(ActivityExecutionContext context, string inputName)
    {
        var raw = context.Activity.Inputs[inputName];
        var value = raw is not null && InputValue.TryGetExpression(raw, out _, out _) ? context.EvaluateInput(inputName) : raw;
        return Render(value, context.Instance.Variables, context.Instance.Input);
    }

    /// <summary>Renders a literal (or an expression's result); null when there is no text.</summary>
    public static LocalizedText? Render(JsonNode? value, JsonObject variables, JsonObject input)
    {
        var templates = Templates(value);
        if (templates is null)
            return null;
        var zhCn = PerLanguage.In(templates, null, PerLanguage.Chinese);
        if (zhCn is null)
            return null;
        var en = PerLanguage.In(templates, null, PerLanguage.English) ?? zhCn;
        return new LocalizedText(
            TemplateRenderer.Render(zhCn, variables, input, htmlEncode: false),
            TemplateRenderer.Render(en, variables, input, htmlEncode: false));
    }

    /// <summary>The templates per culture of a literal: a string is every language's.</summary>
    public static Dictionary<string, string>? Templates(JsonNode? value) => value switch
    {
        JsonValue single when single.TryGetValue(out string? text) => new() { [PerLanguage.Chinese] = text, [PerLanguage.English] = text },
        JsonObject perCulture => perCulture
            .Where(p => p.Value is JsonValue v && v.TryGetValue(out string? _))
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase),
        _ => null,
    };
}
