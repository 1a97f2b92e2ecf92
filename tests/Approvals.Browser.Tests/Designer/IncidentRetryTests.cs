using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Shipped;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Browser.Tests.Designer;

public sealed class IncidentRetryTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    // Start → a SetVariable whose expression throws without input.amount → End.
    private const string Faulting = """
        { "definitionId": "faulting", "name": "会出错的流程 Faulting", "root": { "type": "Flowchart",
          "activities": [
            { "id": "start", "type": "Start", "name": "开始", "inputs": {} },
            { "id": "compute", "type": "SetVariable", "name": "计算 Compute",
              "inputs": { "variable": "total", "value": { "expression": { "type": "JavaScript", "value": "input.amount.value * 2" } } } },
            { "id": "end", "type": "End", "name": "结束", "inputs": {} } ],
          "connections": [
            { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "compute", "port": "In" } },
            { "source": { "activity": "compute", "port": "Done" }, "target": { "activity": "end", "port": "In" } } ] } }
        """;

    [Fact]
    public async Task A_faulted_activity_is_marked_and_its_incident_can_be_retried_from_the_diagram()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ShippedDefinitionImporter>().ImportAsync("faulting.json", Faulting, CancellationToken.None);
        var instanceId = await StartAsync();
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;

        await page.GotoAsync($"/instances/{instanceId}/diagram");
        await page.WaitForSelectorAsync("[data-testid=canvas] g[data-cell-id=compute][data-state=faulted]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator("[data-testid=count-faulted]")).ToHaveAttributeAsync("data-count", "1");
        await Assertions.Expect(page.Locator("[data-testid=canvas] g[data-cell-id=start]")).ToHaveAttributeAsync("data-state", "completed");

        await designer.ClickNodeAsync("compute");
        var incident = page.Locator("[data-testid=incident]");
        await incident.First.WaitForAsync();
        Assert.Contains("amount", await incident.First.InnerTextAsync());
        await designer.ScreenshotAsync("instance-incident");

        await page.ClickAsync("[data-testid=retry]");
        // The cause is still there: the retry runs the activity again and it faults again, with a new incident.
        await page.Locator("[data-testid=journal-entry][data-activity-id=compute]").Filter(new() { HasText = "已重试" }).WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=canvas] g[data-cell-id=compute]")).ToHaveAttributeAsync("data-state", "faulted");
    }

    private async Task<string> StartAsync()
    {
        using var client = await app.ApiAsAsync(DesignerPage.Regulator);
        var started = await client.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "faulting" });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        return (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }
}
