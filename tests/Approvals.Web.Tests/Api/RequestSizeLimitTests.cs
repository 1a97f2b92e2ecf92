using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Approvals.UseCases.Limits;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Api;

/// <summary>
/// Free text reaching the database has a maximum length: a comment, form data, a delegation note or a verification
/// comment over it is refused with a 400 that names the field and changes nothing; a JSON body over the host's limit
/// is refused with a 413 before it is read.
/// </summary>
public sealed class RequestSizeLimitTests : IClassFixture<RequestSizeLimitTests.SmallBodyFactory>, IAsyncLifetime
{
    /// <summary>The host with a JSON body limit small enough to pass in a test.</summary>
    public sealed class SmallBodyFactory : ApiFactory
    {
        public const int JsonBodyMaxBytes = 100_000;

        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["RequestLimits:JsonBodyMaxBytes"] = JsonBodyMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    private readonly HttpClient _client;

    public RequestSizeLimitTests(SmallBodyFactory factory) => _client = factory.CreateClientAs(TestAccount.Staff);

    public async Task InitializeAsync()
    {
        var definitions = await _client.GetFromJsonAsync<JsonArray>("/api/workflow-definitions");
        if (!definitions!.Any(d => (string)d!["definitionId"]! == "two-step-approval"))
        {
            await _client.PublishAsync(ApiClientExtensions.Definition("two-step-approval"));
            await _client.PublishAsync(ApiClientExtensions.Definition("form-review"));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_completion_comment_over_the_limit_is_refused_naming_the_comment_and_the_task_stays_open()
    {
        var id = await _client.StartAsync("two-step-approval");
        var task = (string)(await _client.TasksAsync(id))[0]!["id"]!;

        var response = await _client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve", comment = new string('很', TextLimits.CommentMaxLength + 1) });

        await AssertFieldTooLongAsync(response, "comment", TextLimits.CommentMaxLength);
        Assert.Equal("Open", (string)Assert.Single(await _client.TasksAsync(id))!["status"]!);
    }

    [Fact]
    public async Task A_completion_comment_at_the_limit_is_accepted()
    {
        var id = await _client.StartAsync("two-step-approval");
        var task = (string)(await _client.TasksAsync(id))[0]!["id"]!;

        var response = await _client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve", comment = new string('很', TextLimits.CommentMaxLength) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Form_data_over_the_limit_is_refused_naming_the_data_and_the_task_stays_open()
    {
        var id = await _client.StartAsync("form-review");
        var task = (string)(await _client.TasksAsync(id))[0]!["id"]!;

        var response = await _client.PostAsJsonAsync($"/api/tasks/{task}/complete",
            new { outcome = "Approve", data = new { amount = 1200.5, inspectedOn = "2026-11-27", onSite = true, remark = new string('a', TextLimits.FormDataMaxLength) } });

        await AssertFieldTooLongAsync(response, "data", TextLimits.FormDataMaxLength);
        Assert.Equal("Open", (string)Assert.Single(await _client.TasksAsync(id))!["status"]!);
    }

    [Fact]
    public async Task A_delegation_note_over_the_limit_is_refused_naming_the_note()
    {
        var id = await _client.StartAsync("two-step-approval");
        var task = (string)(await _client.TasksAsync(id))[0]!["id"]!;

        var response = await _client.PostAsJsonAsync($"/api/tasks/{task}/delegate", new { colleague = "someone@test.local", note = new string('请', TextLimits.NoteMaxLength + 1) });

        await AssertFieldTooLongAsync(response, "note", TextLimits.NoteMaxLength);
        Assert.Null(Assert.Single(await _client.TasksAsync(id))!["assignee"]);
    }

    [Fact]
    public async Task A_verification_comment_over_the_limit_is_refused_naming_the_comment()
    {
        var response = await _client.PostAsJsonAsync("/api/verifications/any-request/answer", new { answer = "Confirmed", comment = new string('核', TextLimits.CommentMaxLength + 1) });

        await AssertFieldTooLongAsync(response, "comment", TextLimits.CommentMaxLength);
    }

    [Fact]
    public async Task A_JSON_body_over_the_host_limit_is_refused_with_413_before_it_is_read()
    {
        var id = await _client.StartAsync("two-step-approval");
        var task = (string)(await _client.TasksAsync(id))[0]!["id"]!;
        var body = new StringContent($"{{\"outcome\":\"Approve\",\"comment\":\"{new string('a', SmallBodyFactory.JsonBodyMaxBytes)}\"}}", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync($"/api/tasks/{task}/complete", body);
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(SmallBodyFactory.JsonBodyMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Equal("Open", (string)Assert.Single(await _client.TasksAsync(id))!["status"]!);
    }

    private static async Task AssertFieldTooLongAsync(HttpResponseMessage response, string field, int maxLength)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        var message = (string)Assert.Single(problem["errors"]![field]!.AsArray())!;
        Assert.Contains(maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        Assert.Contains(field, (string)problem["detail"]!, StringComparison.Ordinal);
    }
}
