using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

public sealed class LeavingWithUnsavedChangesTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_link_away_from_an_edited_procedure_asks_first_and_staying_keeps_the_edit()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app, screen: DesignerPage.Laptop);
        var page = designer.Page;
        await designer.OpenAsync("two-level-approval");
        await designer.SelectAsync("review");
        await designer.FillFieldAsync("dueIn", "9");
        await page.Locator("[data-testid=unsaved]").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "版本历史" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=confirm-title]")).ToHaveTextAsync("离开设计器？");
        await designer.ScreenshotAsync("designer-leave-asks-zh");
        await page.ClickAsync("[data-testid=confirm-cancel]");
        await Assertions.Expect(page.Locator("[data-testid=confirm-title]")).ToHaveCountAsync(0);
        Assert.EndsWith("/designer/two-level-approval", page.Url);
        await Assertions.Expect(page.Locator("[data-testid=unsaved]")).ToBeVisibleAsync();
        await designer.WaitForDefinitionAsync("d.root.activities.find(a => a.id === 'review').inputs.dueIn === '9wd'");

        await page.GetByRole(AriaRole.Link, new() { Name = "版本历史" }).ClickAsync();
        await page.ClickAsync("[data-testid=confirm-ok]");
        await page.Locator("[data-testid=versions]").WaitForAsync();
        Assert.EndsWith("/designer/two-level-approval/versions", page.Url);
    }

    [Fact]
    public async Task Closing_the_tab_with_unsaved_changes_asks_and_after_saving_it_does_not()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app, screen: DesignerPage.Laptop);
        var page = designer.Page;
        await designer.OpenAsync("two-level-approval");
        await designer.SelectAsync("review");
        await designer.FillFieldAsync("dueIn", "8");
        await page.Locator("[data-testid=canvas][data-unload-guard=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        var asked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Dialog += async (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            await dialog.DismissAsync();
        };
        await page.CloseAsync(new() { RunBeforeUnload = true });
        Assert.Equal(DialogType.BeforeUnload, await asked.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(page.IsClosed);

        await designer.SaveDraftAsync();
        await page.Locator("[data-testid=canvas][data-unload-guard=off]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Close += (_, _) => closed.TrySetResult();
        await page.CloseAsync(new() { RunBeforeUnload = true });
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(page.IsClosed);
    }
}
