using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

public sealed class DrawAndPublishTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Qingpu = "310118";

    [Fact]
    public async Task A_regulator_draws_a_procedure_from_the_palette_publishes_it_and_sees_the_path_an_instance_took()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;

        await designer.CreateAsync("drawn-approval", "画出来的审批 Drawn approval");

        await designer.DragFromPaletteAsync("Start", 100, 250);
        await designer.DragFromPaletteAsync("HumanTask", 285, 250);
        await designer.DragFromPaletteAsync("Decision", 470, 250);
        await designer.DragFromPaletteAsync("End", 655, 150);
        await designer.DragFromPaletteAsync("End", 655, 380);
        await designer.WaitForDefinitionAsync("d.root.activities.length === 5");
        Assert.Equal(["start1", "humanTask1", "decision1", "end1", "end2"],
            (await designer.DefinitionAsync())["root"]!["activities"]!.AsArray().Select(a => (string)a!["id"]!));

        await designer.ConnectAsync("start1", "Done", "humanTask1");
        await designer.ConnectAsync("humanTask1", "Approve", "decision1");
        await designer.ConnectAsync("humanTask1", "Reject", "end2");
        await designer.ConnectAsync("decision1", "True", "end1");
        await designer.WaitForDefinitionAsync("d.root.connections.length === 4");
        // Ports keep their names in the definition; the Chinese canvas labels them in Chinese.
        await Assertions.Expect(page.Locator("[data-testid=canvas] g[data-cell-id='humanTask1']")).ToContainTextAsync("批准");
        await Assertions.Expect(page.Locator("[data-testid=canvas] g[data-cell-id='decision1']")).ToContainTextAsync("是");

        await designer.SelectAsync("humanTask1");
        await DesignerPage.FillAsync(designer.Page.Locator("#title-zh-CN"), "初审");
        await DesignerPage.FillAsync(designer.Page.Locator("#title-en"), "First review");
        await designer.ChooseAsync("role", "审核员");
        await designer.ChooseAsync("district", "青浦区");
        // The panel is drawn again when the district's change has gone round; a time limit typed before that was once
        // drawn over with the empty value (a busy run), so the next edit waits for the canvas to have the district.
        await designer.WaitForDefinitionAsync("d.root.activities[1].inputs.district === '310118'");
        await designer.FillFieldAsync("dueIn", "3");
        await designer.WaitForDefinitionAsync(
            "(a => a.inputs.title['zh-CN'] === '初审' && a.inputs.title.en === 'First review' && a.inputs.role === 'Reviewer' && a.inputs.district === '310118' && a.inputs.dueIn === '3wd')(d.root.activities[1])");

        await designer.SelectAsync("decision1");
        await designer.FillFieldAsync("condition", "variables.humanTask1.outcome === 'Approve'");
        await designer.WaitForDefinitionAsync("!!d.root.activities[2].inputs.condition && d.root.activities[2].inputs.condition.expression.value.includes('Approve')");

        // The decision's False outcome leads nowhere: the problem is listed, and the node is marked.
        var unconnected = page.Locator("[data-testid=problem][data-activity-id=decision1]").Filter(new LocatorFilterOptions { HasText = "结果“False”没有连到任何活动" });
        await unconnected.First.WaitForAsync();
        await page.WaitForSelectorAsync("[data-testid=problems][data-count='1']");
        Assert.Contains("False", await page.GetAttributeAsync("[data-testid=canvas] g[data-cell-id=decision1]", "data-problem"));
        Assert.True(await page.Locator("[data-testid=publish]").IsDisabledAsync());
        await designer.ScreenshotAsync("designer-with-problem");

        await unconnected.First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=property-panel][data-activity-id=decision1]");
        await designer.ConnectAsync("decision1", "False", "end2");
        await page.WaitForSelectorAsync("[data-testid=problems][data-count='0']");
        await designer.ScreenshotAsync("designer-valid");

        await designer.ClickAsync("publish");
        await page.Locator("[data-testid=version-state]").Filter(new LocatorFilterOptions { HasText = "已发布" }).WaitForAsync();

        var instanceId = await StartAndApproveAsync();

        await page.GotoAsync($"/instances/{instanceId}/diagram");
        await page.WaitForSelectorAsync("[data-testid=canvas] g[data-cell-id=end1][data-state=completed]");
        await Assertions.Expect(page.Locator("[data-testid=count-completed]")).ToHaveAttributeAsync("data-count", "4");
        await Assertions.Expect(page.Locator("[data-testid=canvas] g.x6-edge[data-taken=true]")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-testid=canvas] g[data-cell-id=humanTask1]")).ToHaveAttributeAsync("data-state", "completed");
        Assert.Equal("", await page.GetAttributeAsync("[data-testid=canvas] g[data-cell-id=end2]", "data-state"));
        await designer.ScreenshotAsync("instance-viewer");

        await designer.ClickNodeAsync("humanTask1");
        // The task's outcome as the reviewer chose it, in the UI's language.
        await page.Locator("[data-testid=journal-entry][data-activity-id=humanTask1]").Filter(new LocatorFilterOptions { HasText = "→ 批准" }).WaitForAsync();
        // The unfiltered journal has that entry too: wait for the selection to narrow the list.
        await Assertions.Expect(page.Locator("[data-testid=journal-entry]:not([data-activity-id=humanTask1])")).ToHaveCountAsync(0);
        await designer.ScreenshotAsync("instance-viewer-task-journal");
    }

    // Through the API, as another system or the reviewer's own client would: start, then claim and approve.
    private async Task<string> StartAndApproveAsync()
    {
        using var regulator = await app.ApiAsAsync(DesignerPage.Regulator);
        var started = await regulator.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "drawn-approval", input = new { district = Qingpu } });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var instanceId = (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        using var reviewer = await app.ApiAsAsync(DesignerPage.QingpuReviewer);
        var tasks = (await reviewer.GetFromJsonAsync<JsonArray>($"/api/tasks?instanceId={instanceId}"))!;
        var taskId = (string)Assert.Single(tasks)!["id"]!;
        (await reviewer.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();
        var completed = await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Approve", comment = "材料齐全" });
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
        return instanceId;
    }
}
