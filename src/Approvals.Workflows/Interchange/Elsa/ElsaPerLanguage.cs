using System.Text.Json.Nodes;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Names and descriptions per language travel in Elsa's <c>customProperties</c> (a free dictionary Elsa keeps as it
/// is); Elsa's own <c>name</c> and <c>description</c> carry the single text its Studio shows.
/// </summary>
public static class ElsaPerLanguage
{
    public const string NamesKey = "approvals:names";
    public const string DescriptionsKey = "approvals:descriptions";

    public static JsonObject Export(IReadOnlyDictionary<string, string>? names, IReadOnlyDictionary<string, string>? descriptions)
    {
        var properties = new JsonObject();
        if (names is { Count: > 0 })
            properties[NamesKey] = Texts(names);
        if (descriptions is { Count: > 0 })
            properties[DescriptionsKey] = Texts(descriptions);
        return properties;
    }

    public static Dictionary<string, string>? Import(JsonNode? customProperties, string key) =>
        customProperties?[key] is JsonObject texts
            ? texts.Where(t => ElsaJson.String(t.Value) is not null).ToDictionary(t => t.Key, t => ElsaJson.String(t.Value)!, StringComparer.Ordinal)
            : null;

    private static JsonObject Texts(IReadOnlyDictionary<string, string> texts) =>
        new([.. texts.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)JsonValue.Create(t.Value)))]);
}
