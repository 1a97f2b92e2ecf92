using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Api;

public sealed class HealthAndActivitiesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Health_reports_healthy()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_activity_registry_describes_every_built_in_type_in_Chinese_and_English()
    {
        var activities = await factory.CreateClientAs(TestAccount.Staff).GetFromJsonAsync<JsonArray>("/api/activities");

        var types = activities!.Select(a => (string)a!["type"]!).ToList();
        Assert.Superset(new HashSet<string> { "Start", "End", "Decision", "Switch", "Fork", "Join", "SetVariable", "SetStatus", "Delay", "HumanTask", "SendEmail", "JournalNote" }, types.ToHashSet());
        var humanTask = activities!.Single(a => (string)a!["type"]! == "HumanTask")!;
        Assert.Equal("人工任务", (string)humanTask["displayName"]!["zhCn"]!);
        Assert.True((bool)humanTask["isBlocking"]!);
        Assert.Contains(humanTask["inputs"]!.AsArray(), i => (string)i!["name"]! == "title" && (bool)i["required"]!);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_workflow_endpoints()
    {
        var document = await factory.CreateClientAs(TestAccount.Administrator).GetFromJsonAsync<JsonObject>("/openapi/v1.json");

        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/tasks/{id}/complete", paths);
        Assert.Contains("/api/workflow-definitions/{definitionId}/publish", paths);
    }
}
