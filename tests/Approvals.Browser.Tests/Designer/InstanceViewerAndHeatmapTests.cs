using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Approvals.Infrastructure.Workflows.Shipped;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

public sealed class InstanceViewerAndHeatmapTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    // Start → a reviewer's task → End.
    private const string Review = """
        { "definitionId": "viewer-review", "names": { "zh-CN": "查看器审核", "en": "Viewer review" }, "name": "查看器审核", "root": { "type": "Flowchart",
          "activities": [
            { "id": "start", "type": "Start", "names": { "zh-CN": "开始", "en": "Start" }, "inputs": {} },
            { "id": "review", "type": "HumanTask", "names": { "zh-CN": "初审", "en": "First review" },
              "inputs": { "title": "初审", "role": "Reviewer", "district": "310118", "outcomes": ["Approve", "Reject"] } },
            { "id": "end", "type": "End", "names": { "zh-CN": "结束", "en": "End" }, "inputs": {} } ],
          "connections": [
            { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "review", "port": "In" } },
            { "source": { "activity": "review", "port": "Approve" }, "target": { "activity": "end", "port": "In" } },
            { "source": { "activity": "review", "port": "Reject" }, "target": { "activity": "end", "port": "In" } } ] } }
        """;

    private const string Canvas = "[data-testid=canvas]";

    [Fact]
    public async Task The_viewer_opens_with_the_waiting_step_in_view_zooms_and_shows_the_clicked_activitys_inputs_and_journal()
    {
        await ImportAsync();
        var instanceId = await StartAsync();
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await page.SetViewportSizeAsync(1366, 900);

        await page.GotoAsync($"/instances/{instanceId}/diagram");
        var waiting = page.Locator($"{Canvas} g[data-cell-id=review][data-state=waiting]");
        await waiting.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.True(await IsInsideAsync(waiting, page.Locator(Canvas)), "the waiting step is outside the canvas when the viewer opens");
        await Assertions.Expect(page.Locator("[data-testid=minimap] .x6-widget-minimap")).ToHaveCountAsync(1);

        var opened = await designer.ZoomAsync();
        await page.ClickAsync("[data-testid=zoom-in]");
        await page.WaitForFunctionAsync($"() => Number(document.querySelector('{Canvas}').dataset.zoom) > {opened.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        await page.ClickAsync("[data-testid=zoom-fit]");
        await page.WaitForFunctionAsync($"() => Number(document.querySelector('{Canvas}').dataset.zoom) <= {opened.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        await designer.ClickNodeAsync("review");
        var inputs = page.Locator("[data-testid=activity-inputs]");
        await Assertions.Expect(inputs).ToContainTextAsync("Reviewer");
        await Assertions.Expect(page.Locator("[data-testid=journal-entry][data-activity-id=review]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=journal-entry][data-activity-id=start]")).ToHaveCountAsync(0);
        await designer.ScreenshotAsync("90-instance-viewer-zh");

        await page.GotoAsync($"/culture?name=en&returnUrl=/instances/{instanceId}/diagram");
        await page.Locator($"{Canvas} g[data-cell-id=review][data-state=waiting]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await designer.ClickNodeAsync("review");
        await Assertions.Expect(page.GetByText("Inputs", new() { Exact = true })).ToBeVisibleAsync();
        await designer.ScreenshotAsync("90-instance-viewer-en");
        await page.GotoAsync("/culture?name=zh-CN&returnUrl=/");
    }

    [Fact]
    public async Task The_heatmap_shows_on_each_activity_how_many_instances_wait_there_and_passed_through()
    {
        await ImportAsync();
        await StartAsync();
        await StartAsync();
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await page.SetViewportSizeAsync(1366, 900);

        await page.GotoAsync("/designer/viewer-review/versions/1/heatmap");
        var review = page.Locator($"{Canvas} g[data-cell-id=review]");
        await Assertions.Expect(review).ToHaveAttributeAsync("data-waiting", await WaitingAtReviewAsync());
        await Assertions.Expect(page.Locator($"{Canvas} g[data-cell-id=start]")).ToHaveAttributeAsync("data-passed", await PassedStartAsync());
        await Assertions.Expect(page.Locator($"{Canvas} g[data-cell-id=end]")).ToHaveAttributeAsync("data-waiting", "0");
        await designer.ScreenshotAsync("91-heatmap-zh");

        await page.GotoAsync("/culture?name=en&returnUrl=/designer/viewer-review/versions/1/heatmap");
        await Assertions.Expect(page.Locator("[data-testid=heatmap-waiting]")).ToContainTextAsync("waiting");
        await Assertions.Expect(page.Locator($"{Canvas} g[data-cell-id=review]")).ToHaveAttributeAsync("data-waiting", await WaitingAtReviewAsync());
        await designer.ScreenshotAsync("91-heatmap-en");
        await page.GotoAsync("/culture?name=zh-CN&returnUrl=/");
    }

    private async Task<string> WaitingAtReviewAsync() => (await CountsAsync()).Single(c => (string)c!["activityId"]! == "review")!["waiting"]!.ToString();

    private async Task<string> PassedStartAsync() => (await CountsAsync()).Single(c => (string)c!["activityId"]! == "start")!["passed"]!.ToString();

    // The two tests of the class share the application: the page must show what the API counts, at least the two started here.
    private async Task<JsonArray> CountsAsync()
    {
        using var client = await app.ApiAsAsync(DesignerPage.Regulator);
        var counts = (await client.GetFromJsonAsync<JsonArray>("/api/workflow-definitions/viewer-review/versions/1/activity-counts"))!;
        Assert.True((int)counts.Single(c => (string)c!["activityId"]! == "review")!["waiting"]! >= 2);
        return counts;
    }

    private static async Task<bool> IsInsideAsync(ILocator inner, ILocator outer)
    {
        var a = (await inner.BoundingBoxAsync())!;
        var b = (await outer.BoundingBoxAsync())!;
        return a.X >= b.X && a.Y >= b.Y && a.X + a.Width <= b.X + b.Width && a.Y + a.Height <= b.Y + b.Height;
    }

    private async Task ImportAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ShippedDefinitionImporter>().ImportAsync("viewer-review.json", Review, CancellationToken.None);
    }

    private async Task<string> StartAsync()
    {
        using var client = await app.ApiAsAsync(DesignerPage.Regulator);
        var started = await client.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "viewer-review", district = "310118" });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        return (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }
}
