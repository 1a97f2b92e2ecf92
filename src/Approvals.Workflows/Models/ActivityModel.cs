using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Approvals.Workflows.Models;

/// <summary>
/// One node of a flowchart. Each input is a literal JSON value or
/// <c>{ "expression": { "type": "JavaScript" | "Literal" | "Liquid", "value": "..." } }</c>.
/// </summary>
public sealed class ActivityModel
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    /// <summary>The name as Elsa and older definitions carry it: one text, shown when <see cref="Names"/> lacks the language.</summary>
    public string? Name { get; set; }

    /// <summary>The name per language (<c>{ "zh-CN": "初审", "en": "First review" }</c>); see <see cref="PerLanguage"/>.</summary>
    public Dictionary<string, string>? Names { get; set; }
    public JsonObject Inputs { get; set; } = [];
    public JsonObject? Metadata { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
