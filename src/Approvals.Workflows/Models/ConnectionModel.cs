using System.Text.Json;
using System.Text.Json.Serialization;

namespace Approvals.Workflows.Models;

public sealed class ConnectionModel
{
    public ConnectionEndpoint Source { get; set; } = new();
    public ConnectionEndpoint Target { get; set; } = new();

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class ConnectionEndpoint
{
    public string Activity { get; set; } = "";
    public string Port { get; set; } = "";
}
