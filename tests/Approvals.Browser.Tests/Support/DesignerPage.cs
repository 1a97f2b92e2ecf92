using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Support;

/// <summary>The designer page as a regulator uses it: palette, canvas, property panel, problems, toolbar.</summary>
public sealed class DesignerPage(IPage page)
{
    private const string Canvas = "[data-testid=canvas]";

    public const string Regulator = "regulator.committee@approvals.local";
    public const string QingpuReviewer = "reviewer.qingpu@approvals.local";

    public IPage Page => page;

    /// <summary>
    /// A browser context signed in as a seeded account, on a screen wide enough for palette, canvas and
    /// property panel side by side. The browser's errors go to the test output.
    /// </summary>
    public static async Task<DesignerPage> SignInAsync(IBrowser browser, BrowserAppFactory app, string email = Regulator, ViewportSize? screen = null)
    {
        var page = await browser.SignInAsync(app, email, new BrowserNewContextOptions
        {
            ViewportSize = screen ?? new ViewportSize { Width = 1600, Height = 1000 },
            AcceptDownloads = true,
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                Console.WriteLine($"[browser {message.Type}] {message.Text}");
        };
        page.PageError += (_, error) => Console.WriteLine($"[browser page error] {error}");
        return new DesignerPage(page);
    }

    /// <summary>A regulator's laptop screen, the size the issue's screenshots are taken at.</summary>
    public static ViewportSize Laptop => new() { Width = 1366, Height = 900 };

    /// <summary>Switches the UI's language (the culture cookie) and comes back to <paramref name="returnUrl"/>.</summary>
    public async Task UseLanguageAsync(string culture, string returnUrl) =>
        await page.GotoAsync($"/culture?name={culture}&returnUrl={Uri.EscapeDataString(returnUrl)}");

    public async Task ScreenshotAsync(string name)
    {
        await page.TakeAsync(name);
        Console.WriteLine($"Screenshot: {Path.Combine(Screenshots.Folder, name + ".png")}");
    }

    /// <summary>Opens the list of procedures once its circuit is live (a prerendered form would drop what is typed).</summary>
    public async Task OpenListAsync()
    {
        await page.GoToInteractiveAsync("/designer");
    }

    public async Task CreateAsync(string definitionId, string? name = null)
    {
        await OpenListAsync();
        await page.Locator("[data-testid=new-id] input").FillAsync(definitionId);
        if (name is not null)
            await page.Locator("[data-testid=new-name] input").FillAsync(name);
        // The typed values reach the circuit on change; the click must not overtake them.
        await Assertions.Expect(page.Locator("[data-testid=new-id] input")).ToHaveValueAsync(definitionId);
        await ClickAsync("create");
        try
        {
            // The editor of the new procedure, not the address: Blazor changes the address inside the document,
            // and a wait on it has been seen to miss the change.
            await page.Locator($"[data-testid=editor-toolbar][data-definition-id='{definitionId}']").WaitForAsync(new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync($"create-{definitionId}-stayed");
            throw new InvalidOperationException($"Creating '{definitionId}' did not open its editor; the page at {page.Url} says: {await page.Locator("body").InnerTextAsync()}");
        }
        await WaitLoadedAsync();
    }

    public async Task OpenAsync(string definitionId)
    {
        await page.GotoAsync($"/designer/{definitionId}");
        await WaitLoadedAsync();
    }

    public async Task WaitLoadedAsync()
    {
        try
        {
            await page.WaitForSelectorAsync($"{Canvas}[data-nodes]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync("designer-did-not-load");
            throw;
        }
    }

    public async Task<int> LoadMillisecondsAsync() => int.Parse((await page.GetAttributeAsync(Canvas, "data-load-ms"))!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Drags an activity from the palette and drops it at a point of the canvas (pixels from its top left).</summary>
    public async Task DragFromPaletteAsync(string type, float x, float y)
    {
        var palette = page.Locator($".apd-palette-item[data-activity-type={type}]");
        await palette.ScrollIntoViewIfNeededAsync();
        var item = await palette.BoundingBoxAsync();
        var canvas = await page.Locator(Canvas).BoundingBoxAsync();
        await page.Mouse.MoveAsync(item!.X + item.Width / 2, item.Y + item.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(canvas!.X + x / 2, canvas.Y + y / 2, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.MoveAsync(canvas.X + x, canvas.Y + y, new MouseMoveOptions { Steps = 10 });
        await page.Mouse.UpAsync();
    }

    /// <summary>Drags from an outcome port to another activity's In port.</summary>
    public async Task ConnectAsync(string sourceId, string port, string targetId)
    {
        var from = await page.Locator($"{Canvas} g[data-cell-id='{sourceId}'] [port='{port}']").First.BoundingBoxAsync();
        var to = await page.Locator($"{Canvas} g[data-cell-id='{targetId}'] [port='In']").First.BoundingBoxAsync();
        await page.Mouse.MoveAsync(from!.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to!.X + to.Width / 2 - 20, to.Y + to.Height / 2, new MouseMoveOptions { Steps = 10 });
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new MouseMoveOptions { Steps = 3 });
        await page.Mouse.UpAsync();
    }

    /// <summary>Clicks an activity's title so it is selected and the property panel shows it.</summary>
    public async Task SelectAsync(string activityId)
    {
        var panel = page.Locator($"[data-testid=property-panel][data-activity-id='{activityId}']");
        // A click that lands while the page is still re-laying out (a popover closing, the panel swapping) can miss
        // the node, as it can for a person, who then clicks again: up to three clicks before giving up.
        for (var attempt = 1; ; attempt++)
        {
            await ClickNodeAsync(activityId);
            try
            {
                await panel.WaitForAsync(new() { Timeout = attempt < 3 ? 10_000 : 60_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
            catch (TimeoutException e)
            {
                await ScreenshotAsync($"select-{activityId}-failed");
                var selected = await page.GetAttributeAsync(Canvas, "data-selected") ?? "nothing";
                var shown = await page.Locator("[data-testid=property-panel]").GetAttributeAsync("data-activity-id", new() { Timeout = 1_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "none");
                throw new TimeoutException($"The panel never showed '{activityId}': the canvas has {selected} selected, the panel shows {shown}.", e);
            }
        }
    }

    /// <summary>
    /// A click where a person clicks: on the node's title, left of its badge and ports. A node outside the view
    /// (a procedure too large to show whole at a readable zoom opens at its Start) is first scrolled into the middle
    /// of the canvas with the mouse wheel, as a person pans, so the zoom stays readable.
    /// </summary>
    public async Task ClickNodeAsync(string activityId)
    {
        var node = page.Locator($"{Canvas} g.x6-node[data-cell-id='{activityId}']");
        var canvas = (await page.Locator(Canvas).BoundingBoxAsync())!;
        var box = (await node.BoundingBoxAsync())!;
        for (var pan = 0; pan < 3 && !Inside(box, canvas); pan++)
        {
            var viewport = page.Locator($"{Canvas} .x6-graph-svg-viewport");
            var before = await viewport.GetAttributeAsync("transform") ?? "";
            await page.Mouse.MoveAsync(canvas.X + canvas.Width / 2, canvas.Y + canvas.Height / 2);
            await page.Mouse.WheelAsync(box.X + box.Width / 2 - (canvas.X + canvas.Width / 2), box.Y + box.Height / 2 - (canvas.Y + canvas.Height / 2));
            await Assertions.Expect(viewport).Not.ToHaveAttributeAsync("transform", before);
            box = (await node.BoundingBoxAsync())!;
        }
        if (!Inside(box, canvas))
        {
            await ClickAsync("fit");
            box = (await node.BoundingBoxAsync())!;
        }
        await page.Mouse.ClickAsync(box.X + Math.Min(40, box.Width / 3), box.Y + Math.Min(12, box.Height / 4));
    }

    private static bool Inside(LocatorBoundingBoxResult box, LocatorBoundingBoxResult canvas) =>
        box.X >= canvas.X && box.Y >= canvas.Y && box.X + box.Width <= canvas.X + canvas.Width && box.Y + box.Height <= canvas.Y + canvas.Height;

    public Task FillFieldAsync(string input, string text) =>
        FillAsync(page.Locator($"[data-testid=field-{input}]").Locator("input, textarea").First, text);

    public Task ChooseAsync(string input, string optionText) => ChooseInAsync(page.Locator($"[data-testid=field-{input}]"), optionText);

    /// <summary>Adds a row to the form fields editor and fills it in as a regulator does, by the fields' labels.</summary>
    public async Task AddFormFieldAsync(string name, string label, string typeText, bool required)
    {
        var row = await AddRowAsync("add-form-field", "form-field-row");
        await FillAsync(row.GetByLabel("字段名", new() { Exact = true }), name);
        await FillAsync(row.GetByLabel("显示名称", new() { Exact = true }), label);
        await ChooseInAsync(row, typeText);
        if (required)
            await row.GetByLabel("必填", new() { Exact = true }).CheckAsync();
    }

    /// <summary>Adds a row to the Switch cases editor and fills in its name and condition.</summary>
    public async Task AddSwitchCaseAsync(string name, string condition)
    {
        var row = await AddRowAsync("add-switch-case", "switch-case-row");
        await FillAsync(row.GetByLabel("分支名（端口）", new() { Exact = true }), name);
        await FillAsync(row.GetByLabel("条件（JavaScript）", new() { Exact = true }), condition);
    }

    /// <summary>Adds a row to a rows editor and returns it once it is on the page, never the row before it.</summary>
    private async Task<ILocator> AddRowAsync(string addButton, string rowTestId)
    {
        var rows = page.Locator($"[data-testid={rowTestId}]");
        var before = await rows.CountAsync();
        await ClickAsync(addButton);
        await Assertions.Expect(rows).ToHaveCountAsync(before + 1);
        return rows.Nth(before);
    }

    /// <summary>Types into a field and leaves it, as a person does, so the field applies what was typed.</summary>
    public static async Task FillAsync(ILocator field, string text)
    {
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }

    /// <summary>Opens the first select inside <paramref name="scope"/> and picks the option with this text.</summary>
    public async Task ChooseInAsync(ILocator scope, string optionText)
    {
        await scope.Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = optionText }).First.ClickAsync();
    }

    /// <summary>Saves the draft once the page has the last edit (saving earlier would save the one before) and waits until it is saved.</summary>
    public async Task SaveDraftAsync()
    {
        await page.Locator("[data-testid=unsaved]").WaitForAsync();
        await ClickAsync("save");
        await page.Locator("[data-testid=unsaved]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>
    /// The definition as the canvas last published it (its <c>data-definition</c> attribute, written after the load
    /// and after every edit it reports to the page; see the bridge's pageState.js).
    /// </summary>
    public async Task<JsonObject> DefinitionAsync() =>
        JsonNode.Parse((await page.GetAttributeAsync(Canvas, "data-definition"))!)!.AsObject();

    /// <summary>The canvas's scale as it publishes it (<c>data-zoom</c>; 1 is 100 %).</summary>
    public async Task<double> ZoomAsync() =>
        double.Parse((await page.GetAttributeAsync(Canvas, "data-zoom"))!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Waits until a JavaScript condition on the canvas's published definition <c>d</c> holds. A condition that reads
    /// a path the definition does not have yet (the panel's edit not reported yet) is not met yet, never an error.
    /// </summary>
    public async Task WaitForDefinitionAsync(string condition)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => {{ const json = document.querySelector('{Canvas}').dataset.definition; if (!json) return false; const d = JSON.parse(json); try {{ return {condition}; }} catch {{ return false; }} }}",
                null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        }
        catch (TimeoutException e)
        {
            await ScreenshotAsync("definition-wait-failed");
            throw new TimeoutException($"The canvas never met {condition}; it holds {await DefinitionAsync()}", e);
        }
    }

    /// <summary>The activities drawn; they mount asynchronously after a load, so count them with a retrying assertion.</summary>
    public ILocator Nodes => page.Locator($"{Canvas} g.x6-node");

    public ILocator Problems => page.Locator("[data-testid=problem]");

    public Task ClickAsync(string testId) => page.ClickAsync($"[data-testid={testId}]");
}
