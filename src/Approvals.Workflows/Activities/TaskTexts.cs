using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Activities;

/// <summary>
/// A task's title or description in a bookmark payload: <c>{ "zh-CN": "...", "en": "..." }</c>. Bookmarks written
/// before there were languages hold one string, which then serves both.
/// </summary>
public static class TaskTexts
{
    public static JsonObject? Write(LocalizedText? text) => text is null
        ? null
        : new JsonObject { [PerLanguage.Chinese] = text.ZhCn, [PerLanguage.English] = text.En };

    public static LocalizedText? Read(JsonNode? node) => node switch
    {
        JsonValue single when single.TryGetValue(out string? text) => new LocalizedText(text, text),
        JsonObject perCulture => PerLanguage.Both(
            perCulture.Where(p => p.Value is JsonValue v && v.TryGetValue(out string? _)).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>()),
            null),
        _ => null,
    };
}
