using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

public sealed class VersionDiffOnCanvasTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Versions = "/designer/two-level-approval/versions";

    [Fact]
    public async Task The_comparison_colours_added_removed_and_changed_activities_and_lists_them_by_name_in_the_page_language()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app, screen: DesignerPage.Laptop);
        var page = designer.Page;
        await designer.OpenAsync("two-level-approval");
        await designer.SelectAsync("review");
        await designer.FillFieldAsync("dueIn", "6");
        await designer.WaitForDefinitionAsync("d.root.activities.find(a => a.id === 'review').inputs.dueIn === '6wd'");
        await designer.SelectAsync("mail");
        await page.Keyboard.PressAsync("Delete");
        await designer.WaitForDefinitionAsync("!d.root.activities.some(a => a.id === 'mail')");
        await designer.DragFromPaletteAsync("HumanTask", 150, 60);
        await designer.WaitForDefinitionAsync("d.root.activities.length === 13 && d.root.activities.some(a => a.type === 'HumanTask' && !['review', 'corrections', 'second'].includes(a.id))");
        await designer.SaveDraftAsync();

        await page.GoToInteractiveAsync(Versions);
        var canvas = page.Locator("[data-testid=diff-canvas]");
        await canvas.Locator("[data-activity-id=review][data-diff=changed]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(canvas.Locator("[data-activity-id=mail][data-diff=removed]")).ToHaveCountAsync(1);
        await Assertions.Expect(canvas.Locator("[data-diff=added]")).ToHaveCountAsync(1);
        await Assertions.Expect(canvas.Locator("[data-activity-id=second][data-diff='']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=diff-legend]")).ToContainTextAsync("新增");
        await Assertions.Expect(page.Locator("[data-testid=removed-activities]")).ToContainTextAsync("− 结果通知");
        await Assertions.Expect(page.Locator("[data-testid=changed-activity][data-activity-id=review] strong")).ToHaveTextAsync("初审");
        await Assertions.Expect(page.Locator("[data-testid=removed-connections]")).ToContainTextAsync("→ 结果通知");
        Assert.DoesNotContain("mail", await page.Locator("[data-testid=removed-connections]").InnerTextAsync());
        await designer.ScreenshotAsync("designer-diff-zh-1366");

        await designer.UseLanguageAsync("en", Versions);
        await page.Locator("[data-testid=diff-canvas] [data-activity-id=review][data-diff=changed]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator("[data-testid=diff-legend]")).ToContainTextAsync("Removed");
        await Assertions.Expect(page.Locator("[data-testid=removed-activities]")).ToContainTextAsync("− Decision e-mail");
        await Assertions.Expect(page.Locator("[data-testid=changed-activity][data-activity-id=review] strong")).ToHaveTextAsync("First review");
        await designer.ScreenshotAsync("designer-diff-en-1366");
    }
}
