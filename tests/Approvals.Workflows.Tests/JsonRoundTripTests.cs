using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Workflows.Serialization;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

public sealed class JsonRoundTripTests
{
    private const string RichDefinition = """
        {
          "definitionId": "enterprise-registration",
          "name": "企业注册计量师注册",
          "description": "Voluntary registration",
          "version": 3,
          "isPublished": true,
          "variables": [
            { "name": "decision", "type": "String", "value": null, "storage": "Workflow" },
            { "name": "amount", "type": "Number", "value": 12.5 }
          ],
          "root": {
            "type": "Flowchart",
            "activities": [
              { "id": "start", "type": "Start", "name": "开始", "inputs": {}, "metadata": { "designer": { "position": { "y": 5, "x": 0 } } } },
              { "id": "review", "type": "HumanTask", "inputs": { "title": "Review", "role": "Reviewer", "district": { "expression": { "type": "JavaScript", "value": "input.district" } }, "dueIn": "5wd" }, "customAttributes": { "color": "red" } },
              { "id": "end", "type": "End", "inputs": {} }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "review", "port": "In" }, "vertices": [ { "x": 1, "y": 2 } ] },
              { "source": { "activity": "review", "port": "Approve" }, "target": { "activity": "end", "port": "In" } },
              { "source": { "activity": "review", "port": "Reject" }, "target": { "activity": "end", "port": "In" } }
            ],
            "zoom": 1.5
          },
          "createdBy": "regulator",
          "tags": [ "metrology" ]
        }
        """;

    [Fact]
    public void Loading_then_saving_a_rich_definition_gives_the_same_json_with_unknown_fields_kept()
    {
        var saved = WorkflowDefinitionJson.Serialize(WorkflowDefinitionJson.Deserialize(RichDefinition));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(RichDefinition), JsonNode.Parse(saved)), saved);
        Assert.Equal(PropertyOrder(RichDefinition), PropertyOrder(saved));
    }

    [Fact]
    public void Saving_writes_camel_case_indented_json()
    {
        var saved = WorkflowDefinitionJson.Serialize(new FlowchartBuilder().Activity("start", "Start").Build());

        Assert.Contains("\n  \"definitionId\": \"test\"", saved);
        Assert.Contains("\"isPublished\": false", saved);
    }

    [Fact]
    public void The_rich_definition_is_valid()
    {
        var result = new TestEngine().Loader.Load(RichDefinition);

        Assert.Empty(result.Errors);
    }

    private static List<string> PropertyOrder(string json)
    {
        var names = new List<string>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
                names.Add(reader.GetString()!);
        }
        return names;
    }
}
