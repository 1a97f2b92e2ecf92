using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Writes any definition as an Elsa 3 workflow definition: root <c>Elsa.Flowchart</c>, connections nested, inputs as
/// typed expressions, positions in <c>metadata.designer</c>. Activities of <see cref="ElsaActivityKinds"/> take Elsa's
/// types; the others leave as custom types (<see cref="ElsaCustomKind"/>), which <see cref="ElsaWorkflowImporter"/> reads back.
/// </summary>
public static class ElsaWorkflowExporter
{
    public static string Export(WorkflowDefinition definition) => ToJson(definition).ToJsonString(ElsaJson.Writing);

    public static JsonObject ToJson(WorkflowDefinition definition) => new()
    {
        ["definitionId"] = definition.DefinitionId,
        ["name"] = definition.Name,
        ["description"] = definition.Description,
        ["version"] = definition.Version,
        ["isLatest"] = true,
        ["isPublished"] = definition.IsPublished,
        ["toolVersion"] = "3.0.0.0",
        ["variables"] = new JsonArray([.. definition.Variables.Select(Variable)]),
        ["inputs"] = new JsonArray(),
        ["outputs"] = new JsonArray(),
        ["outcomes"] = new JsonArray(),
        ["customProperties"] = ElsaCustomProperties.Write((ElsaCustomProperties.Names, definition.Names), (ElsaCustomProperties.Descriptions, definition.Descriptions)),
        ["root"] = new JsonObject
        {
            ["id"] = "Flowchart1",
            ["type"] = ElsaWorkflowImporter.FlowchartType,
            ["version"] = 1,
            ["customProperties"] = new JsonObject(),
            ["metadata"] = new JsonObject(),
            ["activities"] = new JsonArray([.. definition.Root.Activities.Select(Activity)]),
            ["connections"] = new JsonArray([.. definition.Root.Connections.Select(Connection)]),
        },
    };

    private static JsonNode Variable(VariableDefinition variable) => new JsonObject
    {
        ["id"] = variable.Name,
        ["name"] = variable.Name,
        ["typeName"] = variable.Type,
        ["isArray"] = false,
        ["value"] = variable.Value switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.DeepClone(),
            var other => other.ToJsonString(),
        },
    };

    private static JsonNode Activity(ActivityModel activity)
    {
        var kind = ElsaActivityKinds.Leaving(activity.Type) is { } known && known.CanExport(activity) ? known : null;
        var elsa = new JsonObject
        {
            ["id"] = activity.Id,
            ["nodeId"] = $"Flowchart1:{activity.Id}",
            ["name"] = activity.Name,
            ["type"] = kind?.ElsaType ?? ElsaCustomKind.Prefix + activity.Type,
            ["version"] = 1,
            ["customProperties"] = ElsaCustomProperties.Write((ElsaCustomProperties.Names, activity.Names)),
            ["metadata"] = activity.Metadata?.DeepClone() ?? new JsonObject(),
        };
        if (activity.Name is null)
            elsa.Remove("name");
        if (kind is null)
            ElsaCustomKind.ExportInputs(activity, elsa);
        else
            kind.ExportInputs(activity, elsa);
        return elsa;
    }

    private static JsonNode Connection(ConnectionModel connection) => new JsonObject
    {
        ["source"] = new JsonObject { ["activity"] = connection.Source.Activity, ["port"] = connection.Source.Port },
        ["target"] = new JsonObject { ["activity"] = connection.Target.Activity, ["port"] = connection.Target.Port },
    };
}
