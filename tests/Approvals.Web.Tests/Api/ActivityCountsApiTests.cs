using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Api;

public sealed class ActivityCountsApiTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    public ActivityCountsApiTests(ApiFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClientAs(TestAccount.Staff);
    }

    [Fact]
    public async Task The_heatmap_counts_instances_waiting_at_each_activity_and_those_that_passed_through_it()
    {
        var definitionId = await PublishOwnCopyAsync("heatmap-counts");
        var instances = new List<string>();
        for (var i = 0; i < 3; i++)
            instances.Add(await StartInQingpuAsync(definitionId));
        var firstTask = (string)(await _client.TasksAsync(instances[0]))[0]!["id"]!;
        (await _client.PostAsJsonAsync($"/api/tasks/{firstTask}/complete", new { outcome = "Approve" })).EnsureSuccessStatusCode();

        var counts = await CountsAsync(_client, definitionId);

        Assert.Equal((2, 1), counts["review"]);
        Assert.Equal((1, 0), counts["second"]);
        Assert.Equal((0, 3), counts["start"]);
        Assert.False(counts.ContainsKey("end"));
    }

    [Fact]
    public async Task A_regulator_of_another_district_counts_none_of_the_instances()
    {
        var definitionId = await PublishOwnCopyAsync("heatmap-districts");
        await StartInQingpuAsync(definitionId);
        var wujiang = _factory.CreateClientAs(TestAccount.WujiangRegulator);

        var counts = await CountsAsync(wujiang, definitionId);

        Assert.Empty(counts);
    }

    [Fact]
    public async Task A_version_that_does_not_exist_answers_404()
    {
        var definitionId = await PublishOwnCopyAsync("heatmap-versions");

        var response = await _client.GetAsync($"/api/workflow-definitions/{definitionId}/versions/9/activity-counts");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> PublishOwnCopyAsync(string definitionId)
    {
        await _client.PublishAsync(ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", $"\"{definitionId}\"", StringComparison.Ordinal));
        return definitionId;
    }

    private async Task<string> StartInQingpuAsync(string definitionId)
    {
        var response = await _client.PostAsJsonAsync("/api/workflow-instances", new { definitionId, district = "310118" });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    private static async Task<Dictionary<string, (int Waiting, int Passed)>> CountsAsync(HttpClient client, string definitionId)
    {
        var rows = await client.GetFromJsonAsync<JsonArray>($"/api/workflow-definitions/{definitionId}/versions/1/activity-counts");
        return rows!.ToDictionary(r => (string)r!["activityId"]!, r => ((int)r!["waiting"]!, (int)r["passed"]!));
    }
}
