using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Support;

/// <summary>axe's WCAG 2.1 A and AA rules on the page as it is now; anything serious or critical fails, named with where.</summary>
public static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(this IPage page, string what)
    {
        // A message still fading in is measured at part opacity: wait until every snackbar is fully shown.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.mud-snackbar')].every(s => getComputedStyle(s).opacity === '1')");
        var serious = await SeriousViolationsAsync(page);
        // The page's <title> is written by Blazor's HeadOutlet, a root of its own: when the circuit starts it replaces
        // the prerendered head, and until the page's title reaches it the document has none. A change of language
        // reloads the page, and on a saturated machine axe read it in that moment. Read once more when the title is back.
        if (serious.Count > 0 && serious.All(v => v.Id == "document-title"))
            serious = await SeriousViolationsAsync(page);
        Assert.True(serious.Count == 0, $"{what}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {string.Join(" ", n.Target)}: {Shorten(n.Html)}")))));
    }

    private static async Task<List<AxeResultItem>> SeriousViolationsAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.title.trim().length > 0");
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return [.. results.Violations.Where(v => v.Impact is "serious" or "critical")];
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..157] + "...";
}
