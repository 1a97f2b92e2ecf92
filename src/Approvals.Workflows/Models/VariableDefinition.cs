using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Approvals.Workflows.Models;

public sealed class VariableDefinition
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "Object";
    public JsonNode? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
