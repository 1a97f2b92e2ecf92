using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

/// <summary>Form fields, Switch cases and escalation are edited with forms, not typed as JSON.</summary>
public sealed class StructuredEditorsTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Form_fields_and_a_switch_case_added_through_their_editors_are_saved_and_the_case_becomes_a_port()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.CreateAsync("structured-editors", "表单与分支 Form and cases");
        await designer.DragFromPaletteAsync("HumanTask", 150, 200);
        await designer.DragFromPaletteAsync("Switch", 450, 200);
        await designer.WaitForDefinitionAsync("d.root.activities.length === 2");

        await designer.SelectAsync("humanTask1");
        await designer.AddFormFieldAsync("amount", "金额", "数字", required: true);
        await designer.AddFormFieldAsync("remark", "备注", "多行文本", required: false);
        await designer.WaitForDefinitionAsync("(f => !!f && f.length === 2 && f[1].type === 'textarea' && f[0].required === true)(d.root.activities[0].inputs.formFields)");
        await page.Locator("[data-testid=form-field-row]").Nth(1).Locator("[data-testid=row-up]").ClickAsync();
        await designer.WaitForDefinitionAsync("d.root.activities[0].inputs.formFields[0].name === 'remark'");
        await designer.ScreenshotAsync("editor-form-fields");

        await designer.SelectAsync("switch1");
        await designer.AddSwitchCaseAsync("High", "variables.amount >");
        var condition = page.Locator("[data-testid=switch-case-row]").GetByText("表达式有误");
        await condition.WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=rows-pending]")).ToHaveCountAsync(1);
        await designer.ScreenshotAsync("editor-switch-case-invalid");
        await DesignerPage.FillAsync(page.Locator("[data-testid=switch-case-row]").GetByLabel("条件（JavaScript）", new() { Exact = true }), "variables.amount > 1000");
        await page.WaitForSelectorAsync("[data-testid=canvas] g[data-cell-id=switch1] [port='High']", new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(condition).ToHaveCountAsync(0);

        await designer.SaveDraftAsync();
        await designer.ScreenshotAsync("editor-switch-cases");
        var saved = await SavedActivitiesAsync("structured-editors");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            [{ "name": "remark", "label": "备注", "type": "textarea" },
             { "name": "amount", "label": "金额", "type": "number", "required": true }]
            """), saved["humanTask1"]["inputs"]!["formFields"]), saved["humanTask1"].ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{ "name": "High", "condition": "variables.amount > 1000" }]"""),
            saved["switch1"]["inputs"]!["cases"]), saved["switch1"].ToJsonString());
    }

    [Fact]
    public async Task Renaming_a_switch_case_takes_its_connection_along()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.CreateAsync("renamed-case", "改名的分支 Renamed case");
        await designer.DragFromPaletteAsync("Switch", 150, 200);
        await designer.DragFromPaletteAsync("End", 450, 200);
        await designer.WaitForDefinitionAsync("d.root.activities.length === 2");
        await designer.SelectAsync("switch1");
        await designer.AddSwitchCaseAsync("High", "variables.amount > 1000");
        await page.WaitForSelectorAsync("[data-testid=canvas] g[data-cell-id=switch1] [port='High']", new() { State = WaitForSelectorState.Attached });
        await designer.ConnectAsync("switch1", "High", "end1");
        await designer.WaitForDefinitionAsync("d.root.connections.length === 1 && d.root.connections[0].source.port === 'High'");

        await DesignerPage.FillAsync(page.Locator("[data-testid=switch-case-row]").GetByLabel("分支名（端口）", new() { Exact = true }), "Large");

        await designer.WaitForDefinitionAsync("d.root.connections.length === 1 && d.root.connections[0].source.port === 'Large' && d.root.connections[0].target.activity === 'end1'");
        await Assertions.Expect(page.Locator("[data-testid=canvas] g[data-cell-id=switch1] [port='High']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_take_outcome_escalation_is_chosen_from_the_task_s_outcomes_and_json_the_form_does_not_show_is_kept()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.OpenAsync("two-level-approval");
        await designer.SelectAsync("second");
        var escalation = page.Locator("[data-testid=field-escalation]");

        await designer.ChooseInAsync(escalation.Locator("[data-testid=escalation-action]"), "按结果继续");
        await designer.WaitForDefinitionAsync("(e => !!e && e.action === 'TakeOutcome' && e.outcome === 'Overdue')(d.root.activities.find(a => a.id === 'second').inputs.escalation)");
        await escalation.Locator("[data-testid=outcome-undeclared]").WaitForAsync();
        await escalation.ScrollIntoViewIfNeededAsync();
        await designer.ScreenshotAsync("editor-escalation-undeclared");

        await escalation.GetByLabel("以 JSON 编辑").CheckAsync();
        await DesignerPage.FillAsync(escalation.Locator("[data-testid=json-text] textarea"), """{ "action": "TakeOutcome", "outcome": "Overdue", "note": "督办" }""");
        await designer.WaitForDefinitionAsync("d.root.activities.find(a => a.id === 'second').inputs.escalation.note === '督办'");
        await escalation.GetByLabel("以 JSON 编辑").UncheckAsync();
        await designer.ChooseInAsync(escalation.Locator("[data-testid=escalation-outcome]"), "Reject");
        await designer.WaitForDefinitionAsync("(e => e.outcome === 'Reject' && e.note === '督办')(d.root.activities.find(a => a.id === 'second').inputs.escalation)");

        await designer.FillFieldAsync("outcomes", "Approve\nReject\nOverdue");
        await designer.ChooseInAsync(escalation.Locator("[data-testid=escalation-outcome]"), "Overdue");
        await designer.WaitForDefinitionAsync("d.root.activities.find(a => a.id === 'second').inputs.escalation.outcome === 'Overdue'");
        await Assertions.Expect(escalation.Locator("[data-testid=outcome-undeclared]")).ToHaveCountAsync(0);
        await page.WaitForSelectorAsync("[data-testid=canvas] g[data-cell-id=second] [port='Overdue']", new() { State = WaitForSelectorState.Attached });

        await designer.SaveDraftAsync();
        await designer.ScreenshotAsync("editor-escalation");
        var saved = await SavedActivitiesAsync("two-level-approval");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "action": "TakeOutcome", "outcome": "Overdue", "note": "督办" }"""),
            saved["second"]["inputs"]!["escalation"]), saved["second"].ToJsonString());
    }

    [Fact]
    public async Task A_choice_field_s_options_are_typed_one_per_line_and_saved_as_its_list()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.CreateAsync("choice-field", "选择字段 Choice field");
        await designer.DragFromPaletteAsync("HumanTask", 200, 200);
        await designer.WaitForDefinitionAsync("d.root.activities.length === 1");
        await designer.SelectAsync("humanTask1");

        await designer.AddFormFieldAsync("verdict", "核查结论", "选择（下拉）", required: true);
        var options = page.Locator("[data-testid=form-field-row] [data-testid=form-field-options]").Locator("xpath=descendant-or-self::textarea").First;
        await DesignerPage.FillAsync(options, "符合\n不符合\n\n 需现场核查 ");

        await designer.WaitForDefinitionAsync("JSON.stringify(d.root.activities[0].inputs.formFields[0].options) === JSON.stringify(['符合', '不符合', '需现场核查'])");
        await designer.SaveDraftAsync();
        await designer.ScreenshotAsync("editor-choice-field");
        var saved = await SavedActivitiesAsync("choice-field");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            [{ "name": "verdict", "label": "核查结论", "type": "select", "required": true, "options": ["符合", "不符合", "需现场核查"] }]
            """), saved["humanTask1"]["inputs"]!["formFields"]), saved["humanTask1"].ToJsonString());
    }

    [Fact]
    public async Task The_mail_template_is_chosen_from_the_shipped_templates()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.OpenAsync("two-level-approval");
        await designer.SelectAsync("mail");

        await designer.ChooseAsync("template", "received · 申请已受理");
        await designer.WaitForDefinitionAsync("d.root.activities.find(a => a.id === 'mail').inputs.template === 'received'");
        await page.Locator("[data-testid=field-template] .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "rejected · 不予注册决定" }).WaitForAsync();
        await designer.ScreenshotAsync("editor-mail-template");
    }

    private async Task<Dictionary<string, JsonObject>> SavedActivitiesAsync(string definitionId)
    {
        using var api = await app.ApiAsAsync(DesignerPage.Regulator);
        var definition = JsonNode.Parse(await api.GetStringAsync($"/api/workflow-definitions/{definitionId}"))!;
        return definition["root"]!["activities"]!.AsArray().Select(a => a!.AsObject()).ToDictionary(a => (string)a["id"]!);
    }
}
