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
    public string? Name { get; set; }
    public JsonObject Inputs { get; set; } = [];
    public JsonObject? Metadata { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
