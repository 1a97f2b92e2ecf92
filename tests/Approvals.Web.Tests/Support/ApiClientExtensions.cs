using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Approvals.Web.Tests.Support;

public static class ApiClientExtensions
{
    public static string Definition(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Definitions", name + ".json"));

    public static Task<HttpResponseMessage> PostJsonTextAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Saves and publishes a definition; returns the published version.</summary>
    public static async Task<int> PublishAsync(this HttpClient client, string json)
    {
        var saved = await client.PostJsonTextAsync("/api/workflow-definitions", json);
        saved.EnsureSuccessStatusCode();
        var body = await saved.Content.ReadFromJsonAsync<JsonObject>();
        var published = await client.PostAsync($"/api/workflow-definitions/{body!["definitionId"]}/publish", null);
        published.EnsureSuccessStatusCode();
        return (int)(await published.Content.ReadFromJsonAsync<JsonObject>())!["version"]!;
    }

    public static async Task<string> StartAsync(this HttpClient client, string definitionId, object? input = null)
    {
        var response = await client.PostAsJsonAsync("/api/workflow-instances", new { definitionId, input });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public static async Task<JsonArray> TasksAsync(this HttpClient client, string instanceId, string? status = null) =>
        (await client.GetFromJsonAsync<JsonArray>($"/api/tasks?instanceId={instanceId}" + (status is null ? "" : $"&status={status}")))!;

    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}
