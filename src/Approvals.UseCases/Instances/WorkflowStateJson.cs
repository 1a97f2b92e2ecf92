using System.Text.Json;
using System.Text.Json.Serialization;
using Approvals.Workflows.Runtime;

namespace Approvals.UseCases.Instances;

/// <summary>How an instance's state is stored in <c>WorkflowInstances.StateJson</c>.</summary>
public static class WorkflowStateJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(WorkflowInstanceState state) => JsonSerializer.Serialize(state, Options);

    public static WorkflowInstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowInstanceState>(json, Options)
        ?? throw new InvalidOperationException("An instance's stored state is empty.");
}
