using System.Text.Json.Nodes;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Names and descriptions per language have no field in Elsa; they travel in <c>customProperties</c>, which Elsa keeps
/// as it found them, so a procedure comes back with every language it had.
/// </summary>
internal static class ElsaCustomProperties
{
    public const string Names = "approvals:names";
    public const string Descriptions = "approvals:descriptions";

    public static JsonObject Write(params (string Key, Dictionary<string, string>? PerLanguage)[] entries)
    {
        var properties = new JsonObject();
        foreach (var (key, perLanguage) in entries)
        {
            if (perLanguage is not null)
                properties[key] = new JsonObject([.. perLanguage.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]);
        }
        return properties;
    }

    public static Dictionary<string, string>? Read(JsonNode? customProperties, string key) =>
        customProperties?[key] is JsonObject perLanguage
            ? perLanguage.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => ElsaJson.String(p.Value) ?? "", StringComparer.Ordinal)
            : null;
}
