using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

public sealed class VersionHistoryTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_saved_edit_shows_in_the_diff_of_two_versions_and_an_old_version_opens_read_only()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.OpenAsync("two-level-approval");

        await designer.SelectAsync("review");
        await designer.FillFieldAsync("dueIn", "7");
        await designer.WaitForDefinitionAsync("d.root.activities.find(a => a.id === 'review').inputs.dueIn === '7wd'");
        // The canvas has the edit at once; saving before the server side has it too would save the old draft.
        await page.Locator("[data-testid=unsaved]").WaitForAsync();
        await designer.ClickAsync("save");
        await page.Locator("[data-testid=unsaved]").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await page.GoToInteractiveAsync("/designer/two-level-approval/versions");
        var change = page.Locator("[data-testid=changed-activity][data-activity-id=review] [data-testid=changed-property][data-property='inputs.dueIn']");
        await change.WaitForAsync();
        Assert.Contains("\"5wd\"", await change.InnerTextAsync());
        Assert.Contains("\"7wd\"", await change.InnerTextAsync());
        await Assertions.Expect(page.Locator("[data-testid=changed-activity]")).ToHaveCountAsync(1);

        await page.Locator("[data-testid=version][data-version='1']").Locator("xpath=ancestor::tr").Locator("[data-testid=view]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=canvas][data-nodes='13']", new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator(".apd-palette-item")).ToHaveCountAsync(0);
        await designer.ScreenshotAsync("version-history");
    }
}
