using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Api;

/// <summary>A task's title and description are rendered per language when it opens; the API answers in the language asked.</summary>
public sealed class TaskTitleLanguageApiTests : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string DefinitionId = "per-language-titles";
    private readonly HttpClient _client;

    public TaskTitleLanguageApiTests(ApiFactory factory) => _client = factory.CreateClientAs(TestAccount.Staff);

    public async Task InitializeAsync()
    {
        var definitions = await _client.GetFromJsonAsync<JsonArray>("/api/workflow-definitions");
        if (definitions!.Any(d => (string)d!["definitionId"]! == DefinitionId))
            return;
        var json = ApiClientExtensions.Definition("two-step-approval")
            .Replace("\"two-step-approval\"", $"\"{DefinitionId}\"", StringComparison.Ordinal)
            .Replace("\"title\": \"First review\",",
                "\"title\": { \"zh-CN\": \"初审 {{ input.caseNumber }}\", \"en\": \"First review {{ input.caseNumber }}\" }, \"description\": { \"zh-CN\": \"核对材料。\", \"en\": \"Check the documents.\" },",
                StringComparison.Ordinal);
        await _client.PublishAsync(json);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("en", "First review SQ-7", "Check the documents.")]
    [InlineData("zh-CN", "初审 SQ-7", "核对材料。")]
    public async Task The_task_reads_in_the_language_the_request_asks_for(string language, string title, string description)
    {
        var started = await _client.PostAsJsonAsync("/api/workflow-instances", new { definitionId = DefinitionId, district = "310118", input = new { caseNumber = "SQ-7" } });
        var details = await _client.GetFromJsonAsync<JsonObject>(started.Headers.Location!.ToString());
        var taskId = (string)details!["tasks"]![0]!["id"]!;

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tasks/{taskId}");
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        var task = await (await _client.SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(title, (string)task!["title"]!);
        Assert.Equal(description, (string)task["description"]!);
    }
}
