using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Tasks;

/// <summary>
/// <c>GET /api/tasks</c> as a reviewer's worklist (applicant, type, level and case number on each task; search, filters,
/// sort and paging in the database), handing a task to a colleague of the district, claims refused in words, and a
/// case returned after corrections going back to the reviewer who asked for them.
/// </summary>
public abstract class WorklistApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private readonly Cases _cases = new(factory);

    public async Task InitializeAsync()
    {
        factory.EnsureAvailable();
        await factory.SeedRegistryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task Each_task_names_the_applicant_type_level_and_case_number_and_search_finds_it_by_the_start_of_its_name_its_ID_number_or_case_number()
    {
        var idNumber = People.NewIdNumber();
        var (client, id, _) = await FileAsync("worklist-search", idNumber, "钱多多", "JL-WL-1");
        var caseNumber = (await _cases.GetAsync(client, id))["summary"]!["caseNumber"].Str();
        var reviewer = factory.ClientFor(TestUser.Reviewer("worklist-search-reviewer", Qingpu));

        var byName = await ListAsync(reviewer, "?search=钱多多");
        var byId = await ListAsync(reviewer, $"?search={idNumber.ToLowerInvariant()}");
        var byNameStart = await ListAsync(reviewer, "?search=钱多");
        var byMiddleOfId = await ListAsync(reviewer, $"?search={idNumber[6..14]}");
        var byCase = await ListAsync(reviewer, $"?search={caseNumber.ToLowerInvariant()}");

        var row = Assert.Single(byName.Rows);
        Assert.Equal(("钱多多", "InitialRegistration", "Level2", caseNumber), (row!["applicantName"].Str(), row["applicationType"].Str(), row["level"].Str(), row["caseNumber"].Str()));
        Assert.Equal(row["id"].Str(), Assert.Single(byId.Rows)!["id"].Str());
        Assert.Equal(row["id"].Str(), Assert.Single(byCase.Rows)!["id"].Str());
        Assert.Equal(row["id"].Str(), Assert.Single(byNameStart.Rows)!["id"].Str());
        Assert.Empty(byMiddleOfId.Rows);
        Assert.Equal(1, byName.Total);
    }

    [SkippableFact]
    public async Task Filters_by_type_and_claimant_and_pages_in_order_with_the_total_in_a_header()
    {
        var name = "孙页" + Guid.NewGuid().ToString("N")[..4];
        for (var i = 0; i < 3; i++)
            await FileAsync($"worklist-page-{i}-{name}", People.NewIdNumber(), name, $"JL-WL-P{i}");
        var reviewer = TestUser.Reviewer("worklist-page-reviewer", Qingpu);
        var client = factory.ClientFor(reviewer);
        var all = await ListAsync(client, $"?search={name}&type=InitialRegistration&sort=created");
        (await client.PostAsync($"/api/tasks/{all.Rows[0]!["id"].Str()}/claim", null)).EnsureSuccessStatusCode();

        var first = await ListAsync(client, $"?search={name}&sort=created&pageSize=2");
        var second = await ListAsync(client, $"?search={name}&sort=created&pageSize=2&page=2");
        var mine = await ListAsync(client, $"?search={name}&claimedBy=me");
        var nobody = await ListAsync(client, $"?search={name}&claimedBy=nobody");
        var renewals = await ListAsync(client, $"?search={name}&type=Renewal");

        Assert.Equal(3, all.Total);
        Assert.Equal((3, 2, 1), (first.Total, first.Rows.Count, second.Rows.Count));
        Assert.Equal(all.Rows.Select(r => r!["id"].Str()), first.Rows.Concat(second.Rows).Select(r => r!["id"].Str()));
        Assert.Equal([all.Rows[0]!["id"].Str()], mine.Rows.Select(r => r!["id"].Str()));
        Assert.Equal(2, nobody.Total);
        Assert.Equal(0, renewals.Total);
    }

    [SkippableTheory]
    [InlineData("type=Passport", "type")]
    [InlineData("due=Tomorrow", "due")]
    [InlineData("sort=-colour", "sort")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    public async Task A_value_the_task_list_cannot_read_is_a_400_problem_that_names_the_field(string query, string field)
    {
        var client = factory.ClientFor(TestUser.Reviewer("worklist-bad-reviewer", Qingpu));

        var problem = await (await client.GetAsync($"/api/tasks?{query}")).ReadAsync(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [SkippableFact]
    public async Task A_task_handed_to_a_colleague_of_the_district_is_in_their_inbox_with_the_note_on_the_journal()
    {
        var colleague = new TestAccount("worklist.colleague@bureau.test", Qingpu, ApprovalsRoles.Reviewer);
        await factory.EnsureAccountAsync(colleague, "青浦审核员 周同事");
        var (_, id, _) = await FileAsync("worklist-delegate", People.NewIdNumber(), "郑转交", "JL-WL-D1");
        var reviewer = factory.ClientFor(TestUser.Reviewer("worklist-delegating-reviewer", Qingpu));
        var task = await _cases.OpenTaskAsync(reviewer, id, "review");
        var taskId = task["id"].Str();

        var candidates = (await reviewer.GetJsonAsync($"/api/tasks/{taskId}/colleagues")).AsArray();
        var handed = await reviewer.PostJsonAsync($"/api/tasks/{taskId}/delegate", new { colleague = colleague.Email, note = "请核对学历证明" });

        Assert.Contains(candidates, c => c!["userName"].Str() == colleague.Email && c["displayName"].Str() == "青浦审核员 周同事");
        Assert.Equal("青浦审核员 周同事", handed["displayName"].Str());
        var theirs = await ListAsync(factory.ClientFor(new TestUser(colleague.Email, colleague.Email, ApprovalsRoles.Reviewer, Qingpu)), "?claimedBy=me&search=郑转交");
        Assert.Equal(taskId, Assert.Single(theirs.Rows)!["id"].Str());
        var journal = (await factory.ClientFor(new TestUser("worklist-journal-regulator", "worklist-journal-regulator@bureau.test", ApprovalsRoles.Regulator, Qingpu)).GetJsonAsync($"/api/workflow-instances/{task["instanceId"].Str()}"))["journal"]!.AsArray();
        Assert.Contains(journal, j => j!["event"].Str() == "TaskReassigned" && j["messageZhCn"].Str() == "转交给 青浦审核员 周同事：请核对学历证明");
    }

    [SkippableFact]
    public async Task A_task_cannot_be_handed_to_another_districts_reviewer_and_stays_where_it_was()
    {
        var stranger = new TestAccount("worklist.wujiang@bureau.test", "320509", ApprovalsRoles.Reviewer);
        await factory.EnsureAccountAsync(stranger, "吴江审核员");
        var (_, id, _) = await FileAsync("worklist-stranger", People.NewIdNumber(), "冯外区", "JL-WL-D2");
        var reviewer = factory.ClientFor(TestUser.Reviewer("worklist-stranger-reviewer", Qingpu));
        var taskId = (await _cases.OpenTaskAsync(reviewer, id, "review"))["id"].Str();

        var refused = await (await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/delegate", new { colleague = stranger.Email, note = "请处理" })).ReadAsync(HttpStatusCode.NotFound);
        var noNote = await (await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/delegate", new { colleague = stranger.Email, note = " " })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Contains("同一区县", refused["detail"].Str());
        Assert.Contains("转交说明", noNote["detail"].Str());
        Assert.Null((await _cases.OpenTaskAsync(reviewer, id, "review"))["assignee"]);
    }

    [SkippableFact]
    public async Task A_regulator_is_refused_a_reviewers_task_in_words_that_name_the_step_not_an_id_or_an_e_mail()
    {
        var (_, id, _) = await FileAsync("worklist-regulator", People.NewIdNumber(), "褚监管", "JL-WL-R1");
        var regulator = factory.ClientFor(new TestUser("worklist-regulator", "worklist-regulator@bureau.test", ApprovalsRoles.Regulator, Qingpu));
        var task = await _cases.OpenTaskAsync(factory.ClientFor(TestUser.Reviewer("worklist-regulator-reviewer", Qingpu)), id, "review");

        var refused = await (await regulator.PostAsync($"/api/tasks/{task["id"].Str()}/claim", null)).ReadAsync(HttpStatusCode.Forbidden);

        var detail = refused["detail"].Str();
        Assert.Contains(task["title"].Str(), detail);
        Assert.DoesNotContain(task["id"].Str(), detail);
        Assert.DoesNotContain("@", detail);
        Assert.DoesNotContain("Reviewer", detail);
    }

    [SkippableFact]
    public async Task A_case_returned_after_corrections_goes_back_to_the_reviewer_who_asked_for_them()
    {
        var (client, id, _) = await FileAsync("worklist-corrections", People.NewIdNumber(), "卫补正", "JL-WL-C1");
        var asker = TestUser.Reviewer("worklist-asking-reviewer", Qingpu);
        (await _cases.DecideAsync(asker, id, "review", "RequestCorrections", "请补充劳动合同")).EnsureSuccessStatusCode();

        await client.PostJsonAsync($"/api/applications/{id}/submit", null);

        var reopened = await _cases.OpenTaskAsync(factory.ClientFor(asker), id, "review");
        Assert.Equal(asker.Id, reopened["assignee"].Str());
    }

    private Task<(HttpClient Client, string Id, JsonNode Case)> FileAsync(string applicant, string idNumber, string name, string certificate) =>
        _cases.SubmitAsync(TestUser.Applicant(applicant), Cases.InitialRegistration(idNumber, Qingpu, 2, Qingpu, certificate, name), Cases.InitialDocuments);

    private static async Task<(IReadOnlyList<JsonNode?> Rows, int Total)> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/tasks" + query);
        var rows = (await response.ReadAsync(HttpStatusCode.OK)).AsArray();
        return ([.. rows], int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class SqliteWorklistApiTests(MetrologyApiFactory factory) : WorklistApiTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlWorklistApiTests(PostgreSqlMetrologyApiFactory factory) : WorklistApiTests<PostgreSqlMetrologyApiFactory>(factory);
