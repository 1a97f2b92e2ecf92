using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Reads an Elsa 3 workflow definition as Elsa Studio exports it (root <c>Elsa.Flowchart</c>, inputs as typed
/// expressions, connections nested or flat, <c>metadata.designer.position</c>) into our definition. Pure: every
/// activity, expression or mode that cannot mean the same here is refused with its JSON path, never dropped; fields
/// neither side needs (<c>nodeId</c>, <c>customProperties</c>, <c>toolVersion</c> …) are ignored. The result is a draft
/// for our own validation.
/// </summary>
public static class ElsaWorkflowImporter
{
    public const string FlowchartType = "Elsa.Flowchart";

    /// <exception cref="JsonException">the text is not a JSON object.</exception>
    public static ElsaImportResult Import(string json)
    {
        if (JsonNode.Parse(json, documentOptions: ElsaJson.Reading) is not JsonObject document)
            throw new JsonException("An Elsa workflow definition is a JSON object.");
        var variables = Variables(document["variables"] as JsonArray);
        var context = new ElsaImportContext(variables.ById);
        var root = document["root"] as JsonObject ?? [];
        if (ElsaJson.String(root["type"]) is var rootType && rootType != FlowchartType)
            context.Refuse("$.root.type", Texts.Text(Texts.ElsaImport_RootIsNotAFlowchart, rootType ?? ""));
        var activities = Activities(root["activities"] as JsonArray ?? [], context);
        var connections = (root["connections"] as JsonArray ?? []).OfType<JsonObject>().Select(Connection).ToList();
        if (context.Refusals.Count > 0)
            return new ElsaImportResult(null, context.Refusals);
        var definitionId = ElsaJson.String(document["definitionId"]) ?? ElsaJson.String(document["id"]) ?? "";
        return new ElsaImportResult(new WorkflowDefinition
        {
            DefinitionId = definitionId,
            Name = ElsaJson.String(document["name"]) ?? definitionId,
            Names = ElsaCustomProperties.Read(document["customProperties"], ElsaCustomProperties.Names),
            Description = ElsaJson.String(document["description"]),
            Descriptions = ElsaCustomProperties.Read(document["customProperties"], ElsaCustomProperties.Descriptions),
            Version = document["version"] is JsonValue v && v.TryGetValue(out int version) ? version : 1,
            IsPublished = document["isPublished"] is JsonValue p && p.TryGetValue(out bool published) && published,
            Variables = variables.Definitions,
            Root = new FlowchartModel { Activities = activities, Connections = connections },
        }, []);
    }

    private static (List<VariableDefinition> Definitions, Dictionary<string, string> ById) Variables(JsonArray? elsa)
    {
        var definitions = new List<VariableDefinition>();
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in (elsa ?? []).OfType<JsonObject>())
        {
            var name = ElsaJson.String(variable["name"]) ?? "";
            var typeName = ElsaJson.String(variable["typeName"]) ?? "Object";
            if (ElsaJson.String(variable["id"]) is { } id)
                byId[id] = name;
            var value = variable["value"] is JsonValue text && text.TryGetValue(out string? s) && typeName != "String"
                ? ElsaExpressions.ParseOrKeep(s)
                : variable["value"]?.DeepClone();
            definitions.Add(new VariableDefinition { Name = name, Type = typeName, Value = value });
        }
        return (definitions, byId);
    }

    private static List<ActivityModel> Activities(JsonArray elsa, ElsaImportContext context)
    {
        var activities = new List<ActivityModel>();
        for (var i = 0; i < elsa.Count; i++)
        {
            if (elsa[i] is not JsonObject activity)
                continue;
            var path = $"$.root.activities[{i}]";
            var id = ElsaJson.String(activity["id"]) ?? "";
            var elsaType = ElsaJson.String(activity["type"]) ?? "";
            string ourType;
            JsonObject inputs;
            if (elsaType.StartsWith(ElsaCustomKind.Prefix, StringComparison.Ordinal))
            {
                ourType = elsaType[ElsaCustomKind.Prefix.Length..];
                inputs = ElsaCustomKind.ImportInputs(activity, path, id, context);
            }
            else if (ElsaActivityKinds.Arriving(elsaType) is { } kind)
            {
                ourType = kind.OurType;
                inputs = kind.ImportInputs(activity, path, id, context);
            }
            else
            {
                context.Refuse($"{path}.type", Texts.Text(Texts.ElsaImport_ActivityHasNoCounterpart, id, elsaType));
                continue;
            }
            activities.Add(new ActivityModel
            {
                Id = id,
                Type = ourType,
                Name = ElsaJson.String(activity["name"]),
                Names = ElsaCustomProperties.Read(activity["customProperties"], ElsaCustomProperties.Names),
                Inputs = inputs,
                Metadata = activity["metadata"] is JsonObject { Count: > 0 } metadata ? metadata.DeepClone().AsObject() : null,
            });
        }
        return activities;
    }

    /// <summary>Elsa 3.0 wrote connections flat (<c>source</c>, <c>sourcePort</c> …); later versions nest <c>{ activity, port }</c>.</summary>
    private static ConnectionModel Connection(JsonObject elsa) => elsa["source"] is JsonObject source
        ? new ConnectionModel
        {
            Source = new ConnectionEndpoint { Activity = ElsaJson.String(source["activity"]) ?? "", Port = ElsaJson.String(source["port"]) ?? "Done" },
            Target = new ConnectionEndpoint { Activity = ElsaJson.String(elsa["target"]?["activity"]) ?? "", Port = ElsaJson.String(elsa["target"]?["port"]) ?? "In" },
        }
        : new ConnectionModel
        {
            Source = new ConnectionEndpoint { Activity = ElsaJson.String(elsa["source"]) ?? "", Port = ElsaJson.String(elsa["sourcePort"]) ?? "Done" },
            Target = new ConnectionEndpoint { Activity = ElsaJson.String(elsa["target"]) ?? "", Port = ElsaJson.String(elsa["targetPort"]) ?? "In" },
        };
}
