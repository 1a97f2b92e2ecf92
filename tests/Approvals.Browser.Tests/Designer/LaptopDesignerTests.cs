using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

/// <summary>
/// The designer on a regulator's laptop (1366×900) in each language: the canvas has the width, a new activity is
/// named in both languages, inputs are chosen as literal or expression with the server's check on the canvas, a
/// task's title is a field per language, and a long name is shown whole on hover.
/// </summary>
public sealed class LaptopDesignerTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Theory]
    [InlineData("zh-CN", "人工任务", "Human task", "看起来像表达式", "表达式无法编译")]
    [InlineData("en", "人工任务", "Human task", "looks like an expression", "the expression does not compile")]
    public async Task A_regulator_on_a_laptop_draws_with_a_wide_canvas_and_literals_and_expressions_chosen_and_checked(
        string culture, string chineseName, string englishName, string looksLikeExpression, string doesNotCompile)
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app, screen: DesignerPage.Laptop);
        var page = designer.Page;
        var id = $"laptop-{culture.ToLowerInvariant()}";
        await designer.CreateAsync(id, "笔记本 Laptop");
        await designer.UseLanguageAsync(culture, $"/designer/{id}");
        await designer.WaitLoadedAsync();

        // Nothing selected: no panel beside the canvas, which has the page's width but the palette's.
        await Assertions.Expect(page.Locator("[data-testid=side-panel]")).Not.ToBeVisibleAsync();
        var canvas = (await page.Locator("[data-testid=canvas]").BoundingBoxAsync())!;
        Assert.True(canvas.Width > 850, $"The canvas is {canvas.Width} px wide at 1366.");

        await designer.DragFromPaletteAsync("HumanTask", 150, 120);
        await designer.DragFromPaletteAsync("SetStatus", 180, 330);
        await designer.WaitForDefinitionAsync(
            $"d.root.activities.length === 2 && d.root.activities[0].names['zh-CN'] === '{chineseName}' && d.root.activities[0].names.en === '{englishName}'");
        var taskNode = page.Locator("[data-testid=canvas] g.x6-node[data-cell-id=humanTask1]");
        await Assertions.Expect(taskNode).ToHaveAttributeAsync("data-name", culture == "en" ? englishName : chineseName);

        // A title per language, and a long name whole in the node's tooltip.
        await designer.SelectAsync("humanTask1");
        await Assertions.Expect(page.Locator("[data-testid=side-panel]")).ToBeVisibleAsync();
        await DesignerPage.FillAsync(page.Locator("#title-zh-CN"), "初审 {{ variables.caseNumber }}");
        await DesignerPage.FillAsync(page.Locator("#title-en"), "First review {{ variables.caseNumber }}");
        await designer.WaitForDefinitionAsync(
            "(t => !!t && t['zh-CN'] === '初审 {{ variables.caseNumber }}' && t.en === 'First review {{ variables.caseNumber }}')(d.root.activities[0].inputs.title)");
        const string longName = "Initial review of the application and of every document the applicant uploaded";
        await DesignerPage.FillAsync(page.Locator("#activity-name-en"), longName);
        if (culture == "en")
            await Assertions.Expect(taskNode.Locator("xpath=./*[local-name()='title']")).ToHaveTextAsync(longName);
        await designer.ScreenshotAsync($"designer-laptop-title-per-language-{culture}");

        // A literal that reads like an expression is flagged on its node, and the flag goes once it is an expression.
        await designer.SelectAsync("setStatus1");
        var status = page.Locator("[data-testid=field-status]");
        await DesignerPage.FillAsync(status.Locator("input").First, "input.outcome");
        var flagged = page.Locator($"[data-testid=canvas] g.x6-node[data-cell-id=setStatus1][data-warning*='{looksLikeExpression}']");
        await Assertions.Expect(flagged).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=warning][data-activity-id=setStatus1]")).ToContainTextAsync(looksLikeExpression);
        await designer.ScreenshotAsync($"designer-laptop-literal-flagged-{culture}");

        await status.Locator("[data-testid=input-mode] [data-mode=JavaScript]").ClickAsync();
        await Assertions.Expect(status.Locator("[data-testid=input-mode]")).ToHaveAttributeAsync("data-mode", "JavaScript");
        await designer.WaitForDefinitionAsync("(s => !!s && !!s.expression && s.expression.type === 'JavaScript' && s.expression.value === 'input.outcome')(d.root.activities[1].inputs.status)");
        await Assertions.Expect(flagged).ToHaveCountAsync(0);

        await DesignerPage.FillAsync(status.Locator("textarea").First, "input.outcome ===");
        var broken = page.Locator("[data-testid=problem][data-activity-id=setStatus1]");
        await Assertions.Expect(broken).ToContainTextAsync(doesNotCompile);
        await Assertions.Expect(broken).ToContainTextAsync("setStatus1");
        await Assertions.Expect(page.Locator("[data-testid=canvas] g.x6-node[data-cell-id=setStatus1][data-problem*='status']")).ToHaveCountAsync(1);
        await designer.ScreenshotAsync($"designer-laptop-expression-checked-{culture}");

        // Hiding the panel and the palette gives the canvas the width back.
        await designer.ClickAsync("hide-panel");
        await designer.ClickAsync("toggle-palette");
        await Assertions.Expect(page.Locator("[data-testid=palette]")).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=side-panel]")).Not.ToBeVisibleAsync();
        // The canvas widens once the page has laid out again without them (a frame or more after they are hidden).
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=canvas]').getBoundingClientRect().width > 1000");
        var wide = (await page.Locator("[data-testid=canvas]").BoundingBoxAsync())!;
        Assert.True(wide.Width > 1000, $"The canvas is {wide.Width} px wide with both panels hidden.");
        await designer.ScreenshotAsync($"designer-laptop-canvas-only-{culture}");
    }

    [Theory]
    [InlineData("zh-CN", "版本历史：两级审批（含补正）")]
    [InlineData("en", "Versions of Two-level approval with corrections")]
    public async Task The_version_history_is_headed_by_the_procedures_name_in_the_pages_language(string culture, string heading)
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app, screen: DesignerPage.Laptop);
        await designer.UseLanguageAsync(culture, "/designer/two-level-approval/versions");

        await Assertions.Expect(designer.Page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await designer.ScreenshotAsync($"designer-version-history-{culture}");
    }
}
