using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Api;

/// <summary>The designer's import takes Elsa 3 JSON beside ours; any procedure downloads as Elsa 3 JSON.</summary>
public sealed class ElsaInterchangeApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClientAs(TestAccount.Staff);

    private static string ElsaWorkflow(string definitionId, string valueExpression) => $$"""
        { "definitionId": "{{definitionId}}", "name": "From Elsa", "version": 1, "toolVersion": "3.3.0.0",
          "variables": [ { "id": "v1", "name": "Greeting", "typeName": "String", "value": null } ],
          "root": { "id": "Flowchart1", "type": "Elsa.Flowchart", "activities": [
            { "id": "Start1", "type": "Elsa.Start", "metadata": { "designer": { "position": { "x": 40, "y": 60 } } } },
            { "id": "Set1", "type": "Elsa.SetVariable", "variable": { "id": "v1" },
              "value": { "typeName": "String", "expression": {{valueExpression}} },
              "metadata": { "designer": { "position": { "x": 220, "y": 60 } } } },
            { "id": "End1", "type": "Elsa.End", "metadata": { "designer": { "position": { "x": 400, "y": 60 } } } } ],
            "connections": [
              { "source": "Start1", "target": "Set1", "sourcePort": "Done", "targetPort": "In" },
              { "source": { "activity": "Set1", "port": "Done" }, "target": { "activity": "End1", "port": "In" } } ] } }
        """;

    [Fact]
    public async Task An_Elsa_workflow_posted_to_the_import_is_saved_as_our_draft_with_its_positions()
    {
        var saved = await _client.PostJsonTextAsync("/api/workflow-definitions",
            ElsaWorkflow("from-elsa", """{ "type": "JavaScript", "value": "'Hello ' + getInput('name')" }"""));
        var draft = await _client.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/from-elsa");

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.False((bool)draft!["isPublished"]!);
        var set = draft["root"]!["activities"]![1]!;
        Assert.Equal("SetVariable", (string)set["type"]!);
        Assert.Equal("Greeting", (string)set["inputs"]!["variable"]!);
        Assert.Equal(220, (int)set["metadata"]!["designer"]!["position"]!["x"]!);
        Assert.Equal(2, draft["root"]!["connections"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_Elsa_workflow_with_a_CSharp_expression_is_refused_with_the_activity_and_path_and_nothing_is_saved()
    {
        var response = await _client.PostJsonTextAsync("/api/workflow-definitions?allowInvalid=true",
            ElsaWorkflow("from-elsa-csharp", """{ "type": "CSharp", "value": "return \"Hi\";" }"""));
        var problem = await response.ProblemAsync();
        var lookup = await _client.GetAsync("/api/workflow-definitions/from-elsa-csharp");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal("$.root.activities[1].value.expression", (string)error["path"]!);
        Assert.Contains("Set1", (string)error["message"]!);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Validating_an_Elsa_workflow_lists_its_refusals()
    {
        var response = await _client.PostJsonTextAsync("/api/workflow-definitions/validate",
            ElsaWorkflow("from-elsa-python", """{ "type": "Python", "value": "'Hi'" }"""));
        var result = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.False((bool)result!["valid"]!);
        Assert.Equal("$.root.activities[1].value.expression", (string)result["errors"]![0]!["path"]!);
    }

    [Fact]
    public async Task A_shipped_procedure_downloads_as_Elsa_JSON_that_imports_back_as_the_same_procedure()
    {
        var ours = await _client.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/two-level-approval");
        var response = await _client.GetAsync("/api/workflow-definitions/two-level-approval?format=elsa");
        var elsa = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("two-level-approval-v1.elsa.json", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("Elsa.Flowchart", (string)elsa["root"]!["type"]!);
        Assert.Equal(ours!["root"]!["activities"]!.AsArray().Count, elsa["root"]!["activities"]!.AsArray().Count);
        var validation = await (await _client.PostJsonTextAsync("/api/workflow-definitions/validate", elsa.ToJsonString())).Content.ReadFromJsonAsync<JsonObject>();
        Assert.True((bool)validation!["valid"]!, validation.ToJsonString());
    }

    [Fact]
    public async Task An_unknown_export_format_is_refused_naming_the_one_offered()
    {
        var response = await _client.GetAsync("/api/workflow-definitions/two-level-approval?format=bpmn");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("elsa", (string)(await response.ProblemAsync())["detail"]!);
    }
}
