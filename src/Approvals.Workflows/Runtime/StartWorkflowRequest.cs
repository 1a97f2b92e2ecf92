using System.Text.Json.Nodes;

namespace Approvals.Workflows.Runtime;

public sealed record StartWorkflowRequest(
    string? InstanceId = null,
    string? CorrelationId = null,
    JsonObject? Input = null,
    string? Actor = null);
