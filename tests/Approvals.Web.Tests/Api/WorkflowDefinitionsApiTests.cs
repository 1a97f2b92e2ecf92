using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Api;

public sealed class WorkflowDefinitionsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClientAs(TestAccount.Staff);

    [Fact]
    public async Task The_shipped_sample_in_workflows_is_published_at_start_up()
    {
        var definitions = await _client.GetFromJsonAsync<JsonArray>("/api/workflow-definitions");

        var sample = definitions!.Single(d => (string)d!["definitionId"]! == "two-level-approval")!;
        Assert.Equal(1, (int)sample["publishedVersion"]!);
        Assert.True(File.Exists(Path.Combine(factory.Folder, "approvals.db")));
    }

    [Fact]
    public async Task A_saved_draft_is_the_latest_version_until_published_and_publishing_twice_is_a_conflict()
    {
        var json = ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", "\"draft-then-publish\"");

        var saved = await _client.PostJsonTextAsync("/api/workflow-definitions", json);
        var latest = await _client.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/draft-then-publish");
        var published = await _client.PostAsync("/api/workflow-definitions/draft-then-publish/publish", null);
        var again = await _client.PostAsync("/api/workflow-definitions/draft-then-publish/publish", null);

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.False((bool)latest!["isPublished"]!);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已经是当前发布的版本", (string)(await again.ProblemAsync())["detail"]!);
    }

    [Fact]
    public async Task An_invalid_definition_is_refused_with_every_error_and_its_path_and_nothing_is_saved()
    {
        var json = """
            { "definitionId": "broken", "name": "Broken", "root": { "type": "Flowchart",
              "activities": [ { "id": "a", "type": "Teleport", "inputs": {} },
                              { "id": "t", "type": "HumanTask", "inputs": { "role": "Reviewer" } } ],
              "connections": [ { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "ghost", "port": "In" } } ] } }
            """;

        var response = await _client.PostJsonTextAsync("/api/workflow-definitions", json);
        var problem = await response.ProblemAsync();
        var lookup = await _client.GetAsync("/api/workflow-definitions/broken");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var paths = problem["errors"]!.AsArray().Select(e => (string)e!["path"]!).ToList();
        Assert.Contains("$.root.activities[0].type", paths);
        Assert.Contains("$.root.activities[1].inputs.title", paths);
        Assert.Contains(paths, p => p.StartsWith("$.root.connections[0].target", StringComparison.Ordinal));
        Assert.Contains(problem["errors"]!.AsArray(), e => ((string)e!["message"]!).Contains("Start", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task A_mail_template_the_platform_does_not_ship_is_refused_before_anything_is_saved()
    {
        var json = """
            { "definitionId": "mail-typo", "name": "Mail typo", "root": { "type": "Flowchart",
              "activities": [ { "id": "start", "type": "Start", "inputs": {} },
                              { "id": "mail", "type": "SendEmail", "inputs": { "to": "a@example.cn", "template": "aproved" } },
                              { "id": "end", "type": "End", "inputs": {} } ],
              "connections": [ { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "mail", "port": "In" } },
                               { "source": { "activity": "mail", "port": "Done" }, "target": { "activity": "end", "port": "In" } } ] } }
            """;

        var saved = await _client.PostJsonTextAsync("/api/workflow-definitions", json);
        var published = await _client.PostAsync("/api/workflow-definitions/mail-typo/publish", null);

        var error = Assert.Single((await saved.ProblemAsync())["errors"]!.AsArray())!;
        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Equal("$.root.activities[1].inputs.template", (string?)error["path"]);
        Assert.Contains("没有名为“aproved”的邮件模板", (string?)error["message"], StringComparison.Ordinal);
        Assert.Contains("recognised", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, published.StatusCode);
    }

    [Theory]
    [InlineData("Applicant")]
    [InlineData("Employer")]
    public async Task A_task_that_names_a_role_which_works_no_tasks_is_refused_on_its_node_when_saved_validated_or_published(string role)
    {
        var id = $"task-for-{role.ToLowerInvariant()}";
        var json = ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", $"\"{id}\"")
            .Replace("\"title\": \"Second review\", \"role\": \"Reviewer\"", $"\"title\": \"Second review\", \"role\": \"{role}\"");

        var saved = await _client.PostJsonTextAsync("/api/workflow-definitions", json);
        var validated = await (await _client.PostJsonTextAsync("/api/workflow-definitions/validate", json)).Content.ReadFromJsonAsync<JsonObject>();
        var kept = await _client.PostJsonTextAsync("/api/workflow-definitions?allowInvalid=true", json);
        var published = await _client.PostAsync($"/api/workflow-definitions/{id}/publish", null);

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        var error = Assert.Single((await saved.ProblemAsync())["errors"]!.AsArray())!;
        Assert.Equal("$.root.activities[2].inputs.role", (string?)error["path"]);
        Assert.Contains($"角色“{role}”不办理审批任务", (string?)error["message"], StringComparison.Ordinal);
        Assert.False((bool)validated!["valid"]!);
        Assert.Equal("$.root.activities[2].inputs.role", (string?)Assert.Single(validated["errors"]!.AsArray())!["path"]);
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, published.StatusCode);
        Assert.Equal("$.root.activities[2].inputs.role", (string?)Assert.Single((await published.ProblemAsync())["errors"]!.AsArray())!["path"]);
    }

    [Fact]
    public async Task An_escalation_to_the_applicants_role_is_refused_on_its_node()
    {
        var json = ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", "\"escalate-to-applicant\"")
            .Replace("\"title\": \"First review\",", "\"title\": \"First review\", \"dueIn\": \"5wd\", \"escalation\": { \"action\": \"ReassignToRole\", \"role\": \"Applicant\" },");

        var saved = await _client.PostJsonTextAsync("/api/workflow-definitions", json);

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        var error = Assert.Single((await saved.ProblemAsync())["errors"]!.AsArray())!;
        Assert.Equal("$.root.activities[1].inputs.escalation.role", (string?)error["path"]);
    }

    [Theory]
    [InlineData("en", "Activity 'decide', input 'Condition' (condition): the expression does not compile: ", "Activity 'approved', input 'Status' (status): the literal \"input.outcome\" looks like an expression")]
    [InlineData("zh-CN", "活动“decide”的“条件”（condition）：表达式无法编译：", "活动“approved”的“状态”（status）：字面值“input.outcome”看起来像表达式")]
    public async Task Validation_names_the_activity_and_input_of_a_broken_expression_and_warns_of_a_literal_that_looks_like_one(
        string acceptLanguage, string error, string warning)
    {
        var json = ApiClientExtensions.Definition("two-step-approval")
            .Replace("variables.second.outcome === 'Approve'", "variables.second.outcome ===")
            .Replace("\"inputs\": { \"status\": \"Approved\" }", "\"inputs\": { \"status\": \"input.outcome\" }");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-definitions/validate") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var result = await (await _client.SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.False((bool)result!["valid"]!);
        var problem = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("$.root.activities[3].inputs.condition", (string?)problem["path"]);
        Assert.StartsWith(error, (string?)problem["message"], StringComparison.Ordinal);
        var caution = Assert.Single(result["warnings"]!.AsArray())!;
        Assert.Equal("$.root.activities[4].inputs.status", (string?)caution["path"]);
        Assert.StartsWith(warning, (string?)caution["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_JSON_is_reported_with_the_parsers_line_and_position()
    {
        var response = await _client.PostJsonTextAsync("/api/workflow-definitions", "{\n  \"definitionId\": \"x\",\n  \"name\": \n}");
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (string)problem["errors"]![0]!["message"]!;
        Assert.StartsWith("JSON 格式错误，第 4 行第 1 列：", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "流程图需要一个“开始”（Start）活动。")]
    [InlineData("en", "The flowchart needs a Start activity.")]
    [InlineData("en-US,en;q=0.9", "The flowchart needs a Start activity.")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "流程图需要一个“开始”（Start）活动。")]
    public async Task Definition_problems_are_in_Chinese_unless_the_caller_asks_for_English(string? acceptLanguage, string expected)
    {
        var json = """{ "definitionId": "no-start", "name": "No start", "root": { "type": "Flowchart", "activities": [ { "id": "end", "type": "End" } ], "connections": [] } }""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-definitions/validate") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null)
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var result = await (await _client.SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>();

        var error = Assert.Single(result!["errors"]!.AsArray());
        Assert.Equal("$.root.activities", (string)error!["path"]!);
        Assert.Equal(expected, (string)error["message"]!);
    }

    [Theory]
    [InlineData(null, "参数 version 的值“abc”无效。")]
    [InlineData("en", "The value 'abc' is not valid for version.")]
    public async Task A_query_value_that_is_not_a_number_is_named_in_the_callers_language(string? acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/workflow-definitions/two-step-approval?version=abc");
        if (acceptLanguage is not null)
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected, (string)(await response.ProblemAsync())["detail"]!);
    }

    [Fact]
    public async Task Validate_answers_without_saving()
    {
        var valid = await _client.PostJsonTextAsync("/api/workflow-definitions/validate", ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", "\"only-validated\""));
        var result = await valid.Content.ReadFromJsonAsync<JsonObject>();
        var lookup = await _client.GetAsync("/api/workflow-definitions/only-validated");

        Assert.True((bool)result!["valid"]!);
        Assert.Empty(result["errors"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Due_dates_beyond_the_statutory_limit_are_a_warning_that_neither_invalidates_nor_blocks_publishing()
    {
        var json = ApiClientExtensions.Definition("two-step-approval")
            .Replace("\"two-step-approval\"", "\"over-the-limit\"", StringComparison.Ordinal)
            .Replace("\"variables\": [ ", "\"variables\": [ { \"name\": \"statutoryLimit\", \"type\": \"String\", \"value\": \"20wd\" }, ", StringComparison.Ordinal)
            .Replace("\"title\": \"First review\",", "\"title\": \"First review\", \"dueIn\": \"15wd\",", StringComparison.Ordinal)
            .Replace("\"title\": \"Second review\",", "\"title\": \"Second review\", \"dueIn\": \"10wd\",", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-definitions/validate") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept-Language", "en");

        var result = await (await _client.SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>();
        await _client.PostJsonTextAsync("/api/workflow-definitions", json);
        var published = await _client.PostAsync("/api/workflow-definitions/over-the-limit/publish", null);

        Assert.True((bool)result!["valid"]!);
        Assert.Empty(result["errors"]!.AsArray());
        var warning = Assert.Single(result["warnings"]!.AsArray());
        Assert.Equal("$.root.activities[2].inputs.dueIn", (string)warning!["path"]!);
        Assert.Contains("add up to 25 working days", (string)warning["message"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    [Fact]
    public async Task An_unfinished_draft_can_be_kept_when_asked_and_cannot_be_published()
    {
        var json = """{ "definitionId": "unfinished", "name": "Unfinished", "root": { "type": "Flowchart", "activities": [], "connections": [] } }""";

        var saved = await _client.PostJsonTextAsync("/api/workflow-definitions?allowInvalid=true", json);
        var publish = await _client.PostAsync("/api/workflow-definitions/unfinished/publish", null);

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.NotEmpty((await saved.Content.ReadFromJsonAsync<JsonObject>())!["problems"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.NotEmpty((await publish.ProblemAsync())["errors"]!.AsArray());
    }

    [Fact]
    public async Task Every_version_stays_readable_and_the_history_lists_them()
    {
        var json = ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", "\"versioned\"");
        await _client.PublishAsync(json);
        await _client.PublishAsync(json.Replace("First review", "Initial review"));

        var history = await _client.GetFromJsonAsync<JsonArray>("/api/workflow-definitions/versioned/versions");
        var v1 = await _client.GetStringAsync("/api/workflow-definitions/versioned?version=1");
        var missing = await _client.GetAsync("/api/workflow-definitions/versioned?version=9");

        Assert.Equal([2, 1], history!.Select(v => (int)v!["version"]!));
        Assert.True((bool)history![0]!["isCurrent"]!);
        Assert.Contains("First review", v1);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("没有第 9 版", (string)(await missing.ProblemAsync())["detail"]!);
    }
}
