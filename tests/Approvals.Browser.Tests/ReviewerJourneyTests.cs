using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>The seeded Qingpu reviewer works a task started through the API, in Chinese, then switches to English.</summary>
public sealed class ReviewerJourneyTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Qingpu = "310118";

    private Task<HttpClient> ApiAsAsync(string email) => app.ApiAsAsync(email);

    private Task<IPage> SignInAsync(string email) => chromium.Browser.SignInAsync(app, email);

    [Fact]
    public async Task The_Qingpu_reviewer_claims_a_task_and_asks_for_corrections_with_a_reason_then_reads_the_inbox_in_English()
    {
        var regulator = await ApiAsAsync("regulator.qingpu@approvals.local");
        var started = await regulator.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "two-level-approval", input = new { district = Qingpu } });
        started.EnsureSuccessStatusCode();
        var instanceId = (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var taskId = (string)(await regulator.GetFromJsonAsync<JsonArray>($"/api/tasks?instanceId={instanceId}"))![0]!["id"]!;

        var page = await SignInAsync("reviewer.qingpu@approvals.local");
        ILocator TaskRow() => page.Locator($"[data-testid=inbox] tbody tr:has(a[href='tasks/{taskId}'])");
        await page.TakeAsync("01-home-zh");
        await page.GoToInteractiveAsync("/tasks");
        await page.SelectAsync("filter-claimed", "未认领");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/tasks\\?claimedBy=nobody$"));
        await page.WorklistShowsAsync("claimedBy=nobody");
        var row = TaskRow();
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("初审");
        await Assertions.Expect(row).ToContainTextAsync("青浦区");
        await page.TakeAsync("02-inbox-unclaimed");

        await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await Assertions.Expect(TaskRow()).ToHaveCountAsync(0);
        await page.SelectAsync("filter-claimed", "我的任务");
        await page.WorklistShowsAsync("claimedBy=me");
        var mine = TaskRow();
        await Assertions.Expect(mine).ToContainTextAsync("青浦区审核员");
        await page.TakeAsync("03-inbox-mine");

        await mine.GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("[data-testid=journal]").WaitForAsync();
        await page.GetByText("要求补正").ClickAsync();
        await page.Locator("[data-testid=complete]").ClickAsync();
        await Assertions.Expect(page.GetByText("不予批准或要求补正时必须填写理由。").First).ToBeVisibleAsync();
        await page.TakeAsync("04-task-reason-required");

        await page.Locator("#task-comment").FillAsync("请补充身份证复印件和劳动合同。");
        // The warning leaves once the page has the reason: the click below is then decided with it.
        await Assertions.Expect(page.GetByText("不予批准或要求补正时必须填写理由。")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=complete]").ClickAsync();
        Assert.Contains("退回申请人补正", await page.ConfirmAsync("04b-task-confirm-corrections"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/tasks$"));
        await Assertions.Expect(page.GetByText("退回申请人补正，法定期限已暂停。", new() { Exact = false }).First).ToBeVisibleAsync();
        await page.TakeAsync("05-inbox-after-decision");

        var details = await regulator.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        var review = details!["tasks"]!.AsArray().First(t => (string)t!["activityId"]! == "review")!;
        Assert.Equal("RequestCorrections", (string)review["outcome"]!);
        Assert.Equal("请补充身份证复印件和劳动合同。", (string)review["comment"]!);
        Assert.Equal("reviewer.qingpu@approvals.local", (string)review["completedBy"]!);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Task inbox" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("worklist-filters")).ToContainTextAsync("Claimed by");
        await page.TakeAsync("06-inbox-en");

        // The choice is remembered on the account; switching back keeps the other tests in Chinese.
        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办任务" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_inbox_shows_each_task_as_a_labelled_card()
    {
        var regulator = await ApiAsAsync("regulator.qingpu@approvals.local");
        (await regulator.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "two-level-approval", input = new { district = Qingpu } })).EnsureSuccessStatusCode();
        var page = await SignInAsync("reviewer.qingpu@approvals.local");
        await page.SetViewportSizeAsync(390, 844);

        await page.GoToInteractiveAsync("/tasks");

        await Assertions.Expect(page.Locator("[data-testid=inbox] td[data-label='剩余期限']").First).ToBeVisibleAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page scrolls sideways on a phone: {width}px wide");
        await page.TakeAsync("07-inbox-phone-all");
    }

    [Fact]
    public async Task A_Wujiang_reviewer_does_not_see_a_Qingpu_task_in_any_view_nor_by_its_address()
    {
        var regulator = await ApiAsAsync("regulator.qingpu@approvals.local");
        (await regulator.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "two-level-approval", input = new { district = Qingpu } })).EnsureSuccessStatusCode();
        var task = (await regulator.GetFromJsonAsync<JsonArray>($"/api/tasks?status=Open&district={Qingpu}"))!.First()!;
        var page = await SignInAsync("reviewer.wujiang@approvals.local");

        await page.GoToInteractiveAsync("/tasks");
        await Assertions.Expect(page.Locator("[data-testid=inbox]")).ToHaveAttributeAsync("data-loaded", "true");
        await Assertions.Expect(page.Locator("[data-testid=inbox]")).Not.ToContainTextAsync("青浦区");
        await page.GoToInteractiveAsync($"/tasks/{task["id"]}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "找不到该任务" })).ToBeVisibleAsync();
        await page.TakeAsync("08-wujiang-cannot-see-qingpu-task");
    }
}
