using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Api;

public sealed class WorkflowInstancesAndTasksApiTests : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _client;

    public WorkflowInstancesAndTasksApiTests(ApiFactory factory) => _client = factory.CreateClientAs(TestAccount.Staff);

    public async Task InitializeAsync()
    {
        var definitions = await _client.GetFromJsonAsync<JsonArray>("/api/workflow-definitions");
        if (!definitions!.Any(d => (string)d!["definitionId"]! == "two-step-approval"))
        {
            await _client.PublishAsync(ApiClientExtensions.Definition("two-step-approval"));
            await _client.PublishAsync(ApiClientExtensions.Definition("faulting"));
            await _client.PublishAsync(ApiClientExtensions.Definition("form-review"));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Starting_an_instance_returns_201_with_its_location_and_the_first_task_is_open()
    {
        var response = await _client.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "two-step-approval", district = "310118" });
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        var details = await _client.GetFromJsonAsync<JsonObject>(response.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Suspended", (string)created!["status"]!);
        Assert.Null(details!["instance"]!["correlationId"]);
        Assert.Equal("310118", (string)details["instance"]!["district"]!);
        Assert.Equal("First review", (string)details["tasks"]![0]!["title"]!);
        Assert.Contains(details["journal"]!.AsArray(), j => (string)j!["event"]! == "Suspended" && (string)j["activityId"]! == "review");
        Assert.Single(details["bookmarks"]!.AsArray());
    }

    [Theory]
    [InlineData("""{ "version": 1 }""", "缺少 definitionId")]
    [InlineData("""{ "definitionId": "nope" }""", "没有已发布的版本")]
    [InlineData("""{ "definitionId": "two-step-approval", "version": 0 }""", "必须是正整数")]
    [InlineData("""{ "definitionId": "two-step-approval", "version": 7 }""", "没有已发布的第 7 版")]
    [InlineData("""{ "definitionId": """, "不是有效的 JSON")]
    [InlineData("""{ "definitionId": 5 }""", "不是有效的 JSON")]
    [InlineData("""{ "definitionId": "two-step-approval", "correlationId": "APP-42" }""", "不能指定 correlationId")]
    [InlineData("""{ "definitionId": "two-step-approval", "district": "110101" }""", "不是示范区内的区县代码")]
    public async Task A_bad_start_request_gets_a_problem_that_says_what_is_wrong(string body, string expected)
    {
        var response = await _client.PostJsonTextAsync("/api/workflow-instances", body);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, response.StatusCode.ToString());
        Assert.Contains(expected, (string)(await response.ProblemAsync())["detail"]!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Completing_a_task_moves_the_instance_on_and_the_journal_names_who_did_it()
    {
        var id = await _client.StartAsync("two-step-approval");
        var first = (string)(await _client.TasksAsync(id))[0]!["id"]!;

        var response = await _client.PostAsJsonAsync($"/api/tasks/{first}/complete", new { outcome = "Approve", comment = "材料齐全" });
        var tasks = await _client.TasksAsync(id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Completed", "Open"], tasks.Select(t => (string)t!["status"]!));
        Assert.Equal("材料齐全", (string)tasks.Single(t => (string)t!["id"]! == first)!["comment"]!);
        Assert.Equal("Second review", (string)tasks.Single(t => (string)t!["status"]! == "Open")!["title"]!);
    }

    [Fact]
    public async Task An_unknown_outcome_is_refused_with_the_allowed_ones_and_changes_nothing()
    {
        var id = await _client.StartAsync("two-step-approval");
        var task = (string)(await _client.TasksAsync(id))[0]!["id"]!;

        var response = await _client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Maybe" });
        var problem = await response.ProblemAsync();
        var tasks = await _client.TasksAsync(id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Approve、Reject", (string)problem["detail"]!);
        Assert.Equal("Open", (string)Assert.Single(tasks)!["status"]!);
    }

    [Fact]
    public async Task Form_data_missing_a_required_field_or_of_the_wrong_type_is_refused_and_changes_nothing()
    {
        var instance = await _client.StartAsync("form-review");
        var task = (string)(await _client.TasksAsync(instance))[0]!["id"]!;

        var missing = await _client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve", data = new { onSite = true } });
        var wrongType = await _client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve", data = new { amount = "很多", inspectedOn = "27/11/2026" } });
        var stillOpen = await _client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instance}");
        var accepted = await _client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve", data = new { amount = 1200.5, inspectedOn = "2026-11-27", onSite = true } });
        var done = await _client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instance}");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("请填写“核定金额”。", (string)(await missing.ProblemAsync())["detail"]!);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("“核定金额”必须是数字。“核查日期”必须是日期（yyyy-MM-dd）。", (string)(await wrongType.ProblemAsync())["detail"]!);
        Assert.Equal("Open", (string)stillOpen!["tasks"]![0]!["status"]!);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(1200.5m, (decimal)done!["variables"]!["review"]!["data"]!["amount"]!);
        Assert.Equal("Finished", (string)done["instance"]!["status"]!);
    }

    [Fact]
    public async Task Completing_a_task_twice_returns_conflict_and_changes_nothing()
    {
        var id = await _client.StartAsync("two-step-approval");
        var task = (string)(await _client.TasksAsync(id))[0]!["id"]!;
        await _client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" });
        var before = await _client.GetStringAsync($"/api/workflow-instances/{id}");

        var again = await _client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Reject" });
        var after = await _client.GetStringAsync($"/api/workflow-instances/{id}");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已办结", (string)(await again.ProblemAsync())["detail"]!);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Completing_a_task_that_does_not_exist_is_not_found()
    {
        var response = await _client.PostAsJsonAsync("/api/tasks/no-such-task/complete", new { outcome = "Approve" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-task", (string)(await response.ProblemAsync())["detail"]!);
    }

    [Fact]
    public async Task Two_simultaneous_completions_give_one_success_one_conflict_and_exactly_one_next_task()
    {
        var id = await _client.StartAsync("two-step-approval");
        var task = (string)(await _client.TasksAsync(id))[0]!["id"]!;

        var responses = await Task.WhenAll(
            _client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" }),
            _client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" }));
        var tasks = await _client.TasksAsync(id);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        Assert.Single(tasks, t => (string)t!["status"]! == "Open");
    }

    [Fact]
    public async Task Cancelling_closes_the_open_tasks_and_a_second_cancel_is_a_conflict()
    {
        var id = await _client.StartAsync("two-step-approval");

        var cancelled = await _client.PostAsync($"/api/workflow-instances/{id}/cancel", null);
        var again = await _client.PostAsync($"/api/workflow-instances/{id}/cancel", null);
        var tasks = await _client.TasksAsync(id);

        Assert.Equal("Cancelled", (string)(await cancelled.Content.ReadFromJsonAsync<JsonObject>())!["status"]!);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Cancelled", (string)Assert.Single(tasks)!["status"]!);
    }

    [Fact]
    public async Task A_fault_becomes_an_incident_that_can_be_retried_and_an_unknown_incident_is_not_found()
    {
        var id = await _client.StartAsync("faulting");
        var details = await _client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{id}");
        var incident = details!["incidents"]![0]!;

        var retried = await _client.PostAsync($"/api/workflow-instances/{id}/incidents/{incident["id"]}/retry", null);
        var afterRetry = await _client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{id}");
        var unknown = await _client.PostAsync($"/api/workflow-instances/{id}/incidents/nope/retry", null);

        Assert.Equal("Faulted", (string)details["instance"]!["status"]!);
        Assert.Equal("read", (string)incident["activityId"]!);
        Assert.Contains("settings", (string)incident["message"]!);
        Assert.StartsWith("表达式执行出错：", (string)incident["messageZhCn"]!);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains(afterRetry!["journal"]!.AsArray(), j => (string)j!["event"]! == "Retried");
        Assert.NotNull(afterRetry["incidents"]![0]!["resolvedAt"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
