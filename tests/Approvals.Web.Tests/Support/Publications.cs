using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Approvals.Web.Tests.Support;

/// <summary>Steps of the two-person publication, as a regulator's client takes them.</summary>
public static class Publications
{
    public static string ShippedFile(string definitionId) => Path.Combine(RepositoryRoot.Locate(), "workflows", definitionId + ".json");

    /// <summary>The latest version's JSON with one text replaced: an edit a regulator makes in the designer.</summary>
    public static async Task<string> EditedAsync(this HttpClient client, string definitionId, string from, string to)
    {
        var json = await client.GetStringAsync($"/api/workflow-definitions/{definitionId}");
        Assert.Contains(from, json, StringComparison.Ordinal);
        return json.Replace(from, to, StringComparison.Ordinal);
    }

    public static async Task<int> SaveDraftAsync(this HttpClient client, string json)
    {
        var saved = await client.PostJsonTextAsync("/api/workflow-definitions", json);
        saved.EnsureSuccessStatusCode();
        return (int)(await saved.Content.ReadFromJsonAsync<JsonObject>())!["version"]!;
    }

    public static Task<HttpResponseMessage> RequestPublicationAsync(this HttpClient client, string definitionId, int? version, string? reason) =>
        client.PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/publication-requests", new { version, reason });

    public static async Task<long> RequestedAsync(this HttpClient client, string definitionId, int version, string reason = "Align with the 2026 rules")
    {
        var response = await client.RequestPublicationAsync(definitionId, version, reason);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient client, long requestId) =>
        client.PostAsync($"/api/workflow-definitions/publication-requests/{requestId}/approve", null);

    public static Task<HttpResponseMessage> RejectAsync(this HttpClient client, long requestId, string? reason) =>
        client.PostAsJsonAsync($"/api/workflow-definitions/publication-requests/{requestId}/reject", new { reason });

    public static async Task<JsonObject> VersionAsync(this HttpClient client, string definitionId, int version) =>
        (JsonObject)(await client.GetFromJsonAsync<JsonArray>($"/api/workflow-definitions/{definitionId}/versions"))!
            .Single(v => (int)v!["version"]! == version)!;

    public static async Task<int?> CurrentVersionAsync(this HttpClient client, string definitionId) =>
        (int?)(await client.GetFromJsonAsync<JsonArray>($"/api/workflow-definitions/{definitionId}/versions"))!
            .SingleOrDefault(v => (bool)v!["isCurrent"]!)?["version"];
}
