using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Web.Tests.Support;

/// <summary>Small helpers that read the API as a client would: JSON nodes, status codes checked with the body in the message.</summary>
public static class Api
{
    public static async Task<JsonNode> ReadAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body.Length == 0 ? "null" : body) ?? new JsonObject();
    }

    public static async Task<JsonNode> PostJsonAsync(this HttpClient client, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync(url, body)).ReadAsync(expected);

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(url)).ReadAsync(expected);

    public static string Str(this JsonNode? node) => node?.GetValue<string>() ?? throw new JsonException("missing string");

    public static IReadOnlyList<string> Strings(this JsonNode? node, string property) =>
        (node as JsonArray ?? []).Select(n => n![property]!.GetValue<string>()).ToList();
}
