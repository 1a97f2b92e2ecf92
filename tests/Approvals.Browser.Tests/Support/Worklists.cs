using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Support;

/// <summary>The reviewer's worklist and decisions as a person works them: claim from the unclaimed, open from their own, confirm.</summary>
public static class Worklists
{
    /// <summary>A row of the worklist that mentions <paramref name="text"/>.</summary>
    public static ILocator WorklistRow(this IPage page, string text) =>
        page.Locator("[data-testid=inbox] tbody tr", new() { HasText = text });

    /// <summary>Waits until the worklist shows the rows of <paramref name="query"/> (as the address writes it).</summary>
    public static async Task WorklistShowsAsync(this IPage page, string query)
    {
        var worklist = page.Locator("[data-testid=inbox]");
        await Assertions.Expect(worklist).ToHaveAttributeAsync("data-query", query);
        await Assertions.Expect(worklist).ToHaveAttributeAsync("data-loaded", "true");
    }

    /// <summary>
    /// Opens the task whose row mentions <paramref name="text"/> from "claimed by me", claiming it from the unclaimed
    /// first when it is not the reviewer's yet (a case back from corrections already is: it returns to who asked).
    /// </summary>
    public static async Task ClaimAndOpenAsync(this IPage reviewer, string text)
    {
        await reviewer.GoToInteractiveAsync("/tasks?claimedBy=me");
        await reviewer.WorklistShowsAsync("claimedBy=me");
        if (await reviewer.WorklistRow(text).CountAsync() == 0)
        {
            await reviewer.GoToInteractiveAsync("/tasks?claimedBy=nobody");
            await reviewer.WorklistShowsAsync("claimedBy=nobody");
            await reviewer.WorklistRow(text).First.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
            await Assertions.Expect(reviewer.GetByText("已认领。").First).ToBeVisibleAsync();
            await reviewer.GoToInteractiveAsync("/tasks?claimedBy=me");
            await reviewer.WorklistShowsAsync("claimedBy=me");
        }
        await reviewer.WorklistRow(text).First.GetByRole(AriaRole.Link).ClickAsync();
        await reviewer.Locator("[data-testid=complete]").WaitForAsync();
    }

    /// <summary>Answers the open confirmation with its action button; returns what the dialog said would happen.</summary>
    public static async Task<string> ConfirmAsync(this IPage page, string? screenshot = null)
    {
        // MudDialog puts its attributes on the content, not around the actions: the buttons are found on the page.
        var consequences = page.Locator("[data-testid=confirm-consequences]");
        await Assertions.Expect(consequences).ToBeVisibleAsync();
        var said = await consequences.InnerTextAsync();
        if (screenshot is not null)
            await page.TakeAsync(screenshot);
        await page.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(consequences).ToHaveCountAsync(0);
        return said;
    }
}
