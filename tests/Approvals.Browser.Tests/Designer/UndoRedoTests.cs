using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

public sealed class UndoRedoTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Undo_and_redo_take_back_and_replay_additions_connections_and_property_edits()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.CreateAsync("undo-redo");

        await designer.DragFromPaletteAsync("Start", 100, 200);
        await designer.DragFromPaletteAsync("End", 400, 200);
        await designer.WaitForDefinitionAsync("d.root.activities.length === 2");
        await designer.ConnectAsync("start1", "Done", "end1");
        await designer.WaitForDefinitionAsync("d.root.connections.length === 1");
        await designer.SelectAsync("end1");
        await designer.FillFieldAsync("name", "办结 Done");
        await designer.WaitForDefinitionAsync("d.root.activities[1].name === '办结 Done'");

        await page.Locator("[data-testid=canvas]").FocusAsync();
        await page.Keyboard.PressAsync("Control+z");
        await designer.WaitForDefinitionAsync("d.root.activities[1].name === '结束'");
        await page.Keyboard.PressAsync("Control+z");
        await designer.WaitForDefinitionAsync("d.root.connections.length === 0");
        await designer.ClickAsync("undo");
        await designer.WaitForDefinitionAsync("d.root.activities.length === 1");
        // The definition changes first; the canvas redraws a moment later.
        await Assertions.Expect(page.Locator("[data-testid=canvas] g.x6-node")).ToHaveCountAsync(1);

        await page.Locator("[data-testid=canvas]").FocusAsync();
        await page.Keyboard.PressAsync("Control+y");
        await designer.WaitForDefinitionAsync("d.root.activities.length === 2");
        await designer.ClickAsync("redo");
        await designer.WaitForDefinitionAsync("d.root.connections.length === 1");
        await page.Locator("[data-testid=canvas]").FocusAsync();
        await page.Keyboard.PressAsync("Control+y");
        await designer.WaitForDefinitionAsync("d.root.activities[1].name === '办结 Done'");
        await Assertions.Expect(page.Locator("[data-testid=canvas] g.x6-node")).ToHaveCountAsync(2);
        await designer.ScreenshotAsync("undo-redo");
    }

    [Fact]
    public async Task Copy_paste_makes_new_activities_and_delete_removes_them()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.CreateAsync("copy-paste");
        await designer.DragFromPaletteAsync("SetStatus", 200, 200);
        await designer.WaitForDefinitionAsync("d.root.activities.length === 1");

        await designer.SelectAsync("setStatus1");
        await page.Locator("[data-testid=canvas]").FocusAsync();
        await page.Keyboard.PressAsync("Control+c");
        await page.Keyboard.PressAsync("Control+v");
        await designer.WaitForDefinitionAsync("d.root.activities.length === 2 && d.root.activities[1].id === 'setStatus2'");
        await page.Keyboard.PressAsync("Delete");
        await designer.WaitForDefinitionAsync("d.root.activities.length === 1");
    }
}
