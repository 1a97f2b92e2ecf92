using System.Text.Json;
using System.Text.Json.Serialization;

namespace Approvals.Workflows.Models;

public sealed class FlowchartModel
{
    public string Type { get; set; } = "Flowchart";
    public List<ActivityModel> Activities { get; set; } = [];
    public List<ConnectionModel> Connections { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
