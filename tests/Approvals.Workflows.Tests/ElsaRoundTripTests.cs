using System.Text.Json.Nodes;
using Approvals.Workflows.Interchange;
using Approvals.Workflows.Interchange.Elsa;
using Approvals.Workflows.Serialization;

namespace Approvals.Workflows.Tests;

/// <summary>Ours → Elsa → ours gives the same definition; Elsa → ours → Elsa keeps activities, connections and positions.</summary>
public sealed class ElsaRoundTripTests
{
    public static TheoryData<string> ShippedWorkflows() =>
        [.. Directory.GetFiles(WorkflowsFolder(), "*.json").Select(Path.GetFileName).OfType<string>().Order()];

    private static string Shipped(string file) => File.ReadAllText(Path.Combine(WorkflowsFolder(), file));

    private static string WorkflowsFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(directory!.FullName, "workflows")))
            directory = directory.Parent;
        return Path.Combine(directory.FullName, "workflows");
    }

    [Theory]
    [MemberData(nameof(ShippedWorkflows))]
    public void Every_shipped_procedure_comes_back_from_Elsa_JSON_unchanged(string file)
    {
        var ours = WorkflowDefinitionJson.Deserialize(Shipped(file));

        var elsa = ElsaWorkflowExporter.Export(ours);
        var back = ElsaWorkflowImporter.Import(elsa);

        Assert.Equal(DefinitionFormat.Elsa3, DefinitionFormats.Detect(elsa));
        Assert.Empty(back.Refusals);
        Assert.Equal(WorkflowDefinitionJson.Serialize(ours), WorkflowDefinitionJson.Serialize(back.Definition!));
    }

    [Fact]
    public void The_export_uses_Elsa_types_nested_connections_typed_inputs_and_positions()
    {
        var elsa = ElsaWorkflowExporter.ToJson(WorkflowDefinitionJson.Deserialize(Shipped("two-level-approval.json")));
        var activities = elsa["root"]!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();

        Assert.Equal("Elsa.Flowchart", elsa["root"]!["type"]!.GetValue<string>());
        Assert.Contains(activities, a => a["type"]!.GetValue<string>() == "Elsa.Start");
        Assert.Contains(activities, a => a["type"]!.GetValue<string>() == "Elsa.FlowDecision");
        var task = activities.First(a => a["type"]!.GetValue<string>() == "Approvals.HumanTask");
        Assert.Equal("String", task["role"]!["typeName"]!.GetValue<string>());
        Assert.Equal("Literal", task["role"]!["expression"]!["type"]!.GetValue<string>());
        Assert.NotNull(task["metadata"]!["designer"]!["position"]);
        var connection = elsa["root"]!["connections"]![0]!;
        Assert.NotNull(connection["source"]!["activity"]);
        Assert.NotNull(connection["target"]!["port"]);
    }

    [Fact]
    public void A_delay_in_working_days_leaves_as_our_custom_type_and_comes_back()
    {
        var ours = WorkflowDefinitionJson.Deserialize("""
            { "definitionId": "d", "name": "d", "root": { "type": "Flowchart", "activities": [
              { "id": "wait", "type": "Delay", "inputs": { "duration": "5wd" } },
              { "id": "short", "type": "Delay", "inputs": { "duration": "PT30M" } } ], "connections": [] } }
            """);

        var elsa = ElsaWorkflowExporter.ToJson(ours);

        Assert.Equal(["Approvals.Delay", "Elsa.Delay"], elsa["root"]!["activities"]!.AsArray().Select(a => a!["type"]!.GetValue<string>()));
        Assert.Equal("00:30:00", elsa["root"]!["activities"]![1]!["timeSpan"]!["expression"]!["value"]!.GetValue<string>());
        Assert.Equal(WorkflowDefinitionJson.Serialize(ours), WorkflowDefinitionJson.Serialize(ElsaWorkflowImporter.Import(elsa.ToJsonString()).Definition!));
    }

    [Theory]
    [InlineData("leave-request-nested.json")]
    [InlineData("greeting-flat.json")]
    public void An_Elsa_workflow_comes_back_with_every_mapped_activity_connection_and_position(string fixture)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ElsaInterchange", fixture)))!;

        var back = ElsaWorkflowExporter.ToJson(ElsaWorkflowImporter.Import(original.ToJsonString()).Definition!);

        static IEnumerable<(string, string)> Positions(JsonNode root) => root["activities"]!.AsArray()
            .Select(a => (a!["id"]!.GetValue<string>(), a["metadata"]?["designer"]?["position"]?.ToJsonString() ?? ""));
        static IEnumerable<string> Connections(JsonNode root) => root["connections"]!.AsArray().Select(c => c!["source"] is JsonObject
            ? $"{c["source"]!["activity"]}:{c["source"]!["port"]}->{c["target"]!["activity"]}:{c["target"]!["port"]}"
            : $"{c["source"]}:{c["sourcePort"]}->{c["target"]}:{c["targetPort"]}");
        Assert.Equal(Positions(original["root"]!), Positions(back["root"]!));
        Assert.Equal(Connections(original["root"]!), Connections(back["root"]!));
        var unchangedTypes = new[] { "Elsa.Start", "Elsa.End", "Elsa.FlowDecision", "Elsa.FlowSwitch", "Elsa.FlowFork", "Elsa.FlowJoin", "Elsa.SetVariable", "Elsa.Delay", "Elsa.SendEmail", "Elsa.WriteLine", "Approvals.SetStatus" };
        var kept = original["root"]!["activities"]!.AsArray().Where(a => unchangedTypes.Contains(a!["type"]!.GetValue<string>()))
            .Select(a => (a!["id"]!.GetValue<string>(), a["type"]!.GetValue<string>()));
        Assert.Subset(back["root"]!["activities"]!.AsArray().Select(a => (a!["id"]!.GetValue<string>(), a["type"]!.GetValue<string>())).ToHashSet(), kept.ToHashSet());
    }

    [Fact]
    public void A_journal_note_leaves_as_Elsa_WriteLine_with_its_placeholders_as_Liquid_and_comes_back()
    {
        var ours = WorkflowDefinitionJson.Deserialize("""
            { "definitionId": "n", "name": "n", "root": { "type": "Flowchart", "activities": [
              { "id": "note", "type": "JournalNote", "inputs": { "text": "Filed by {{ input.name }}" } },
              { "id": "script", "type": "JournalNote", "inputs": { "text": { "expression": { "type": "JavaScript", "value": "'Days: ' + variables.days" } } } } ],
              "connections": [] } }
            """);

        var elsa = ElsaWorkflowExporter.ToJson(ours);

        var activities = elsa["root"]!["activities"]!.AsArray();
        Assert.Equal(["Elsa.WriteLine", "Elsa.WriteLine"], activities.Select(a => a!["type"]!.GetValue<string>()));
        Assert.Equal("""{"typeName":"String","expression":{"type":"Liquid","value":"Filed by {{ Input.name }}"}}""", activities[0]!["text"]!.ToJsonString());
        Assert.Equal("JavaScript", activities[1]!["text"]!["expression"]!["type"]!.GetValue<string>());
        Assert.Equal(WorkflowDefinitionJson.Serialize(ours), WorkflowDefinitionJson.Serialize(ElsaWorkflowImporter.Import(elsa.ToJsonString()).Definition!));
    }
}
