using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Access;

/// <summary>A reviewer sees and works the tasks of their own district only; another district's task does not exist for them.</summary>
public sealed class DistrictScopingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Wujiang = "320509";

    private readonly HttpClient _staff = factory.CreateClientAs(TestAccount.Staff);
    private readonly HttpClient _qingpu = factory.CreateClientAs(TestAccount.QingpuReviewer);
    private readonly HttpClient _wujiang = factory.CreateClientAs(TestAccount.WujiangReviewer);

    private async Task<string> StartWujiangReviewAsync()
    {
        var instance = await _staff.StartAsync("two-level-approval", new { district = Wujiang });
        return (string)(await _staff.TasksAsync(instance))[0]!["id"]!;
    }

    [Fact]
    public async Task A_Qingpu_reviewer_asking_for_a_Wujiang_task_gets_the_same_404_as_for_a_task_that_does_not_exist()
    {
        var task = await StartWujiangReviewAsync();

        var wujiangTask = await _qingpu.GetAsync($"/api/tasks/{task}");
        var noTask = await _qingpu.GetAsync("/api/tasks/no-such-task");

        Assert.Equal(HttpStatusCode.NotFound, wujiangTask.StatusCode);
        var detail = (string)(await wujiangTask.ProblemAsync())["detail"]!;
        Assert.Equal($"没有找到任务“{task}”。", detail);
        Assert.Equal("没有找到任务“no-such-task”。", (string)(await noTask.ProblemAsync())["detail"]!);
        Assert.DoesNotContain(Wujiang, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Qingpu_reviewer_cannot_claim_or_complete_a_Wujiang_task_and_it_stays_open()
    {
        var task = await StartWujiangReviewAsync();

        var claim = await _qingpu.PostAsync($"/api/tasks/{task}/claim", null);
        var complete = await _qingpu.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" });
        var seenByWujiang = await _wujiang.GetFromJsonAsync<JsonObject>($"/api/tasks/{task}");

        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, complete.StatusCode);
        Assert.Equal("Open", (string)seenByWujiang!["status"]!);
        Assert.Null(seenByWujiang["assignee"]);
    }

    [Fact]
    public async Task A_reviewer_lists_only_their_districts_tasks_and_the_committee_sees_all()
    {
        var task = await StartWujiangReviewAsync();

        var qingpuList = await _qingpu.GetFromJsonAsync<JsonArray>("/api/tasks?status=Open");
        var wujiangList = await _wujiang.GetFromJsonAsync<JsonArray>("/api/tasks?status=Open");
        var committeeList = await _staff.GetFromJsonAsync<JsonArray>("/api/tasks?status=Open");

        Assert.DoesNotContain(qingpuList!, t => (string)t!["id"]! == task);
        Assert.All(wujiangList!, t => Assert.Equal(Wujiang, (string)t!["district"]!));
        Assert.Contains(wujiangList!, t => (string)t!["id"]! == task);
        Assert.Contains(committeeList!, t => (string)t!["id"]! == task);
    }

    [Fact]
    public async Task A_claimed_task_is_the_claimants_until_released_and_mine_lists_it()
    {
        var task = await StartWujiangReviewAsync();
        var colleague = factory.CreateClientAs(new TestAccount("reviewer2.wujiang@test.local", Wujiang, "Reviewer"));

        var claim = await _wujiang.PostAsync($"/api/tasks/{task}/claim", null);
        var mine = await _wujiang.GetFromJsonAsync<JsonArray>("/api/tasks?mine=true");
        var stolen = await colleague.PostAsync($"/api/tasks/{task}/claim", null);
        var completedByColleague = await colleague.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" });
        var release = await _wujiang.PostAsync($"/api/tasks/{task}/release", null);
        var claimAfterRelease = await colleague.PostAsync($"/api/tasks/{task}/claim", null);

        Assert.Equal(HttpStatusCode.NoContent, claim.StatusCode);
        Assert.Contains(mine!, t => (string)t!["id"]! == task && (string)t["assignee"]! == TestAccount.WujiangReviewer.Email);
        Assert.Equal(HttpStatusCode.Conflict, stolen.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, completedByColleague.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, release.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, claimAfterRelease.StatusCode);
    }

    [Theory]
    [InlineData("Reject")]
    [InlineData("RequestCorrections")]
    public async Task Rejecting_or_asking_for_corrections_needs_a_reason(string outcome)
    {
        var task = await StartWujiangReviewAsync();

        var without = await _wujiang.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome, comment = " " });
        var with = await _wujiang.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome, comment = "缺少身份证复印件" });

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains("必须填写理由", (string)(await without.ProblemAsync())["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }
}
