using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

/// <summary>
/// At 100 % a node shows its activity's whole name, wrapped onto more lines where it is long (English names run
/// longest), with the outcome ports below the name, never a name cut off with an ellipsis.
/// </summary>
public sealed class NodeNameTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Theory]
    [InlineData("metrologist-cancellation", "en")]
    [InlineData("two-level-approval", "en")]
    [InlineData("metrologist-initial-registration", "zh-CN")]
    public async Task Every_name_of_a_shipped_procedure_is_shown_whole_on_its_node_at_a_laptops_size(string definitionId, string culture)
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app, screen: DesignerPage.Laptop);
        var page = designer.Page;
        await designer.UseLanguageAsync(culture, $"/designer/{definitionId}");
        await designer.WaitLoadedAsync();
        var activities = (await designer.DefinitionAsync())["root"]!["activities"]!.AsArray();
        await Assertions.Expect(designer.Nodes).ToHaveCountAsync(activities.Count);

        foreach (var activity in activities.Select(a => a!))
        {
            var name = NameIn(activity, culture);
            var id = activity["id"]!.GetValue<string>();
            var lines = await page.EvaluateAsync<string[]>(
                """
                id => {
                  const label = document.querySelector(`[data-testid=canvas] g.x6-node[data-cell-id='${id}'] text.node-label`);
                  if (!label) return [];
                  const lines = [...label.querySelectorAll('tspan')].map(t => t.textContent);
                  return lines.length ? lines : [label.textContent];
                }
                """,
                id);
            var shown = string.Join(" ", lines.Where(l => l.Length > 0));
            Assert.DoesNotContain("\u2026", shown, StringComparison.Ordinal);
            Assert.True(Squeezed(name) == Squeezed(shown), $"'{id}' shows \"{shown}\" for \"{name}\".");
        }
        await designer.ScreenshotAsync($"node-names-{definitionId}-{culture}");
    }

    private static string NameIn(JsonNode activity, string culture) =>
        activity["names"]?[culture]?.GetValue<string>() ?? activity["name"]?.GetValue<string>() ?? activity["id"]!.GetValue<string>();

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
