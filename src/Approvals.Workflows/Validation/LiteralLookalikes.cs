using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Validation;

/// <summary>
/// Warns of a literal text that reads like an expression (<c>input.applicantEmail</c>, <c>=variables.x</c>,
/// <c>v =&gt; v</c>, or a <c>{{ }}</c> placeholder where none is rendered): the engine would use the words as
/// written, which is rarely what the regulator meant. Only inputs that may take an expression are looked at, since
/// only there can the regulator switch; in a template the placeholders are meant and only the text around them is.
/// </summary>
public static partial class LiteralLookalikes
{
    public static IEnumerable<ValidationError> Check(WorkflowDefinition definition, ActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(registry);
        var activities = definition.Root.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            var model = activities[i];
            if (registry.Find(model.Type)?.Descriptor is not { } descriptor)
                continue;
            foreach (var input in descriptor.Inputs.Where(d => d.AcceptsExpression))
            {
                var value = model.Inputs[input.Name];
                if (value is null || InputValue.TryGetExpression(value, out _, out _))
                    continue;
                if (TextsOf(value, input).FirstOrDefault(LooksLikeExpression) is not { } text)
                    continue;
                yield return new ValidationError($"$.root.activities[{i}].inputs.{input.Name}",
                    Texts.Text(Texts.LiteralLookalikes_LiteralLooksLikeExpression, model.Id, input.DisplayName.ZhCn, input.Name, text, input.DisplayName.En));
            }
        }
    }

    /// <summary>Whether a literal text reads like code rather than words.</summary>
    public static bool LooksLikeExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.TrimStart().StartsWith('=') || CodeMarks().IsMatch(text);
    }

    // The texts a literal shows: a string, or each language's text; placeholders of a template left out.
    private static IEnumerable<string> TextsOf(JsonNode value, InputDescriptor input)
    {
        var template = input.IsTemplate || input.Kind == InputKind.PerLanguageText;
        var texts = value switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
            JsonObject perLanguage when input.Kind == InputKind.PerLanguageText =>
                perLanguage.Select(p => p.Value).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()),
            _ => [],
        };
        return texts.Select(t => template ? Placeholders().Replace(t, " ") : t);
    }

    [GeneratedRegex(@"\{\{|=>|\b(?:variables|input)\.[A-Za-z_$]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CodeMarks();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex Placeholders();
}
