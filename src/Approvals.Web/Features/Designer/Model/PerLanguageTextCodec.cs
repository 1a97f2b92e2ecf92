using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Workflows.Models;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>
/// A per-language text (a task's title or description) as the panel edits it: one text per language, stored as
/// <c>{ "zh-CN": "...", "en": "..." }</c>. A language left empty is left out; both empty leave the input out.
/// </summary>
public static class PerLanguageTextCodec
{
    /// <summary>The text of one language; a single string (older definitions) is the Chinese text.</summary>
    public static string Read(JsonNode? value, string culture) => value switch
    {
        JsonObject perLanguage => perLanguage[culture] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "",
        JsonValue single when culture == PerLanguage.Chinese && single.GetValueKind() == JsonValueKind.String => single.GetValue<string>(),
        _ => "",
    };

    /// <summary>The input with one language's text replaced; null when no language has a text left.</summary>
    public static JsonObject? Write(JsonNode? value, string culture, string? text)
    {
        var written = new JsonObject();
        foreach (var language in PerLanguage.Cultures)
        {
            var languageText = language == culture ? text ?? "" : Read(value, language);
            if (languageText.Length > 0)
                written[language] = languageText;
        }
        return written.Count == 0 ? null : written;
    }
}
