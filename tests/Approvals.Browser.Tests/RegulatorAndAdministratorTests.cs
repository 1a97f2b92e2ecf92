using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

public sealed class RegulatorAndAdministratorTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_regulator_filters_instances_by_district_and_reads_an_instances_journal_and_variables()
    {
        var api = await app.ApiAsAsync("regulator.committee@approvals.local");
        var jiashan = await api.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "two-level-approval", district = "330421", input = new { district = "330421" } });
        var jiashanId = (string)(await jiashan.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var wujiang = await api.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "two-level-approval", district = "320509", input = new { district = "320509" } });
        var wujiangId = (string)(await wujiang.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var page = await chromium.Browser.SignInAsync(app, "regulator.committee@approvals.local");
        await page.GoToInteractiveAsync("/instances");
        await page.SelectAsync(await DistrictSelectIdAsync(page), "嘉善县");

        var table = page.Locator("[data-testid=instances]");
        await Assertions.Expect(table.Locator($"a[href='instances/{jiashanId}']")).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator($"a[href='instances/{wujiangId}']")).ToHaveCountAsync(0);
        await page.TakeAsync("40-instances-jiashan");

        await table.Locator($"a[href='instances/{jiashanId}']").ClickAsync();
        // The journal names steps as the procedure does, in the UI's language: no activity ids or type names.
        var journal = page.Locator("[data-testid=journal]");
        await Assertions.Expect(journal).ToContainTextAsync("实例启动");
        await Assertions.Expect(journal).ToContainTextAsync("初审 (人工任务)");
        await Assertions.Expect(journal).Not.ToContainTextAsync("HumanTask");
        await page.TakeAsync("41-instance-journal");
        await page.GetByRole(AriaRole.Tab, new() { Name = "变量" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=variables]")).ToBeVisibleAsync();
        await page.TakeAsync("41-instance-variables");
    }

    [Fact]
    public async Task An_administrator_cannot_make_a_reviewer_without_a_district_and_reaches_the_job_dashboard_and_API_reference()
    {
        var page = await chromium.Browser.SignInAsync(app, "admin@approvals.local");
        await page.GoToInteractiveAsync("/admin/users");
        var row = page.Locator("[data-testid=users] tbody tr", new() { HasText = "applicant@approvals.local" });
        await row.GetByRole(AriaRole.Button, new() { Name = "编辑" }).ClickAsync();
        await page.GetByLabel("审核员").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByText("审核员和监管员必须指定区或执委会。")).ToBeVisibleAsync();
        await page.TakeAsync("42-admin-district-required");

        var hangfire = await page.Context.APIRequest.GetAsync("/hangfire");
        var scalar = await page.Context.APIRequest.GetAsync("/scalar/v1");
        Assert.Equal(200, hangfire.Status);
        Assert.Equal(200, scalar.Status);
    }

    private static async Task<string> DistrictSelectIdAsync(IPage page) =>
        (await page.GetByLabel("区", new() { Exact = true }).GetAttributeAsync("id"))!;
}
