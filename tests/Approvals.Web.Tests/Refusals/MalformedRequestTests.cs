using System.Net;
using System.Net.Http.Json;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Refusals;

public sealed class MalformedRequestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClientAs(TestAccount.Staff);

    [Theory]
    [InlineData("/api/workflow-instances")]
    [InlineData("/api/tasks/no-such-task/complete")]
    public async Task Malformed_JSON_gets_a_400_problem_that_says_where_the_body_breaks(string path)
    {
        var response = await _client.PostJsonTextAsync(path, """{ "outcome": "Approve", """);
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("请求有误", (string)problem["title"]!);
        Assert.StartsWith("请求正文不是有效的 JSON", (string)problem["detail"]!);
    }

    [Fact]
    public async Task Malformed_JSON_is_described_in_English_when_the_caller_asks_for_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-instances")
        {
            Content = new StringContent("""{ "definitionId": """, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", "en");

        var response = await _client.SendAsync(request);
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bad request", (string)problem["title"]!);
        Assert.StartsWith("The request body is not valid JSON", (string)problem["detail"]!);
    }
}
