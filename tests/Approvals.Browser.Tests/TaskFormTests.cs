using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>A procedure whose review asks for a figure, a date, a check, notes and a verdict: the reviewer fills the form on the task page.</summary>
public sealed class TaskFormTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Definition = """
        { "definitionId": "site-inspection", "name": "现场核查 Site inspection", "root": { "type": "Flowchart",
          "activities": [
            { "id": "start", "type": "Start", "inputs": {} },
            { "id": "inspect", "type": "HumanTask", "name": "现场核查",
              "inputs": { "title": "现场核查 Site inspection", "role": "Reviewer", "district": "310118", "outcomes": ["Approve", "Reject"],
                          "formFields": [ { "name": "amount", "label": "核定金额（元）", "type": "number", "required": true },
                                          { "name": "inspectedOn", "label": "核查日期", "type": "date", "required": true },
                                          { "name": "onSite", "label": "已到现场", "type": "boolean" },
                                          { "name": "notes", "label": "核查记录", "type": "textarea" },
                                          { "name": "verdict", "label": "核查结论", "type": "select", "required": true, "options": ["符合", "不符合"] } ] } },
            { "id": "end", "type": "End", "inputs": {} } ],
          "connections": [
            { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "inspect", "port": "In" } },
            { "source": { "activity": "inspect", "port": "Approve" }, "target": { "activity": "end", "port": "In" } },
            { "source": { "activity": "inspect", "port": "Reject" }, "target": { "activity": "end", "port": "In" } } ] } }
        """;

    [Fact]
    public async Task The_reviewer_is_told_what_the_form_lacks_then_completes_it_and_the_values_are_the_tasks_data()
    {
        var regulator = await app.ApiAsAsync("regulator.qingpu@approvals.local");
        (await regulator.PostAsync("/api/workflow-definitions", new StringContent(Definition, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await regulator.PostAsync("/api/workflow-definitions/site-inspection/publish", null)).EnsureSuccessStatusCode();
        var started = await regulator.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "site-inspection" });
        var instanceId = (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var taskId = (string)(await regulator.GetFromJsonAsync<JsonArray>($"/api/tasks?instanceId={instanceId}"))![0]!["id"]!;
        var page = await chromium.Browser.SignInAsync(app, "reviewer.qingpu@approvals.local");
        await page.GoToInteractiveAsync($"/tasks/{taskId}");

        await page.Locator("input[data-outcome=Approve]").CheckAsync();
        await page.Locator("#form-amount").FillAsync("1200");
        await page.Locator("[data-testid=complete]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=form-field-inspectedOn]")).ToContainTextAsync("请填写“核查日期”。");
        await page.TakeAsync("50-task-form-missing-date");

        await page.Locator("[data-testid=form-field-inspectedOn] input").FillAsync("2026-11-27");
        await page.Locator("[data-testid=form-field-inspectedOn] input").PressAsync("Tab");
        await page.Locator("[data-testid=form-field-onSite] input").CheckAsync();
        await page.Locator("[data-testid=form-field-notes] textarea").FillAsync("现场设备与申报一致。");
        await page.SelectAsync("form-verdict", "不符合");
        await page.TakeAsync("51-task-form-filled");
        await page.Locator("[data-testid=complete]").ClickAsync();
        await page.ConfirmAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/tasks$"));

        var data = (await regulator.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}"))!["variables"]!["inspect"]!["data"]!;
        Assert.Equal(("1200", "2026-11-27", true, "现场设备与申报一致。", "不符合"),
            (data["amount"]!.ToJsonString(), (string?)data["inspectedOn"], (bool)data["onSite"]!, (string?)data["notes"], (string?)data["verdict"]));
    }
}
