using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>
/// What every signed-in page starts with, on a phone and a desk in both languages: the top bar fits on one line
/// with sign-out as an icon on a phone, and the menu opens and closes; and the applicant's drafts, listed apart as
/// drafts and deleted only after a confirmation.
/// </summary>
public sealed class TopBarAndDraftsTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Applicant = "applicant@approvals.local";
    private const string ChineseAgain = "/culture?name=zh-CN&returnUrl=/";

    /// <summary>Every shown item of the top bar, and whether it lies inside the bar (not clipped, not wrapped below it).</summary>
    private const string TopBarItems = """
        () => {
            const bar = document.querySelector('.mud-appbar .mud-toolbar');
            const box = bar.getBoundingClientRect();
            const shown = [...bar.querySelectorAll('button, a, nav span, h6, p')].filter(e => e.getClientRects().length > 0);
            return {
                overflows: bar.scrollWidth > bar.clientWidth || document.documentElement.scrollWidth > window.innerWidth,
                outside: shown.filter(e => { const b = e.getBoundingClientRect();
                    return b.right > box.right + 0.5 || b.left < box.left - 0.5 || b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5; })
                    .map(e => e.outerHTML.slice(0, 100)),
                lines: [...new Set(shown.filter(e => e.matches('button, a, nav span')).map(e => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)))].length,
            };
        }
        """;

    private sealed class TopBar
    {
        public bool Overflows { get; set; }
        public string[] Outside { get; set; } = [];
        public int Lines { get; set; }
    }

    [Theory]
    [InlineData(Applicant, 390, 844)]
    [InlineData("reviewer.qingpu@approvals.local", 390, 844)]
    [InlineData(Applicant, 1366, 900)]
    public async Task The_top_bar_fits_on_one_line_in_both_languages_with_sign_out_as_an_icon_on_a_phone_and_the_menu_toggles(string account, int width, int height)
    {
        var page = await chromium.Browser.SignInAsync(app, account, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var phone = width < 600;
        try
        {
            foreach (var (language, signOut, toggle) in new[] { ("zh-CN", "退出", "打开或关闭导航"), ("en", "Sign out", "Toggle navigation") })
            {
                if (language == "en")
                {
                    await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
                    await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
                }
                await page.GoToInteractiveAsync("/");
                var icon = page.GetByTestId("sign-out-icon");
                var words = page.Locator(".mud-appbar button[type=submit]", new() { HasText = signOut });
                if (phone)
                {
                    await Assertions.Expect(icon).ToBeVisibleAsync();
                    await Assertions.Expect(icon).ToHaveAccessibleNameAsync(signOut);
                    await Assertions.Expect(words).ToBeHiddenAsync();
                }
                else
                {
                    await Assertions.Expect(words).ToBeVisibleAsync();
                    await Assertions.Expect(icon).ToBeHiddenAsync();
                }
                var bar = await page.EvaluateAsync<TopBar>(TopBarItems);
                Assert.False(bar.Overflows, $"the top bar at {width} px in {language} is wider than the screen");
                Assert.True(bar.Outside.Length == 0, $"at {width} px in {language} these stick out of the top bar:\n{string.Join("\n", bar.Outside)}");
                Assert.True(bar.Lines == 1, $"the top bar at {width} px in {language} wraps onto {bar.Lines} lines");

                var drawer = page.Locator(".mud-drawer");
                var home = page.Locator(".mud-drawer .mud-nav-link").First;
                // On a phone the menu starts closed. The page is drawn with it open and MudBlazor closes it once the
                // browser has reported its width, so wait for that instead of reading the drawer before it.
                if (phone)
                    await Assertions.Expect(drawer).ToHaveClassAsync(new Regex("mud-drawer--closed"));
                var openAtStart = !phone && await drawer.EvaluateAsync<bool>("d => d.classList.contains('mud-drawer--open')");
                await page.GetByRole(AriaRole.Button, new() { Name = toggle }).ClickAsync();
                await Assertions.Expect(drawer).ToHaveClassAsync(new Regex(openAtStart ? "mud-drawer--closed" : "mud-drawer--open"));
                if (!openAtStart)
                    await Assertions.Expect(home).ToBeInViewportAsync();
                await page.TakeAsync($"84-top-bar-{account.Split('@')[0]}-{language}-{width}-menu-{(openAtStart ? "closed" : "open")}");
                // On a phone the menu opens over the page, dimmed behind it: a tap beside it closes it, as in any Material app.
                if (phone)
                    await page.Mouse.ClickAsync(width - 20, height / 2);
                else
                    await page.GetByRole(AriaRole.Button, new() { Name = toggle }).ClickAsync();
                await Assertions.Expect(drawer).ToHaveClassAsync(new Regex(openAtStart ? "mud-drawer--open" : "mud-drawer--closed"));
                await page.TakeAsync($"84-top-bar-{account.Split('@')[0]}-{language}-{width}");
                await page.AssertNoSeriousViolationsAsync($"the home page at {width} px in {language}");
            }
        }
        finally
        {
            await page.GotoAsync(ChineseAgain);
        }
    }

    [Fact]
    public async Task A_draft_is_listed_as_a_draft_in_both_languages_and_is_gone_once_its_deletion_is_confirmed()
    {
        var api = await app.ApiAsAsync(Applicant);
        (await api.PostAsJsonAsync("/api/applications", CaseForms.InitialRegistration("郑草稿"))).EnsureSuccessStatusCode();
        var page = await chromium.Browser.SignInAsync(app, Applicant, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        try
        {
            await page.GoToInteractiveAsync("/applications");
            var drafts = page.GetByTestId("drafts");
            var row = drafts.Locator("tbody tr", new() { HasText = "郑草稿" });
            await Assertions.Expect(row.GetByTestId("draft")).ToContainTextAsync("草稿");
            await Assertions.Expect(drafts.GetByRole(AriaRole.Heading)).ToHaveTextAsync("草稿（尚未提交）");
            await Assertions.Expect(page.GetByTestId("applications")).Not.ToContainTextAsync("郑草稿");
            await Assertions.Expect(page.GetByTestId("no-submitted")).ToHaveTextAsync("您还没有已提交的申请；草稿提交后列在这里。");
            Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the list of applications scrolls sideways on a phone");
            await page.AssertNoSeriousViolationsAsync("the applications with a draft on a phone");
            await page.TakeAsync("85-drafts-zh-390");

            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Assertions.Expect(drafts.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Drafts (not submitted)");
            await Assertions.Expect(row.GetByTestId("draft")).ToContainTextAsync("Draft");
            await page.TakeAsync("85-drafts-en-390");
            await page.SetViewportSizeAsync(1366, 900);
            await page.TakeAsync("85-drafts-en-1366");
            await page.GotoAsync(ChineseAgain.Replace("returnUrl=/", "returnUrl=/applications", StringComparison.Ordinal));
            await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.TakeAsync("85-drafts-zh-1366");

            await row.GetByTestId("delete-draft").ClickAsync();
            var said = await page.ConfirmAsync("85-drafts-delete-confirmation-zh-1366");
            Assert.Contains("不能恢复", said, StringComparison.Ordinal);
            await Assertions.Expect(row).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText("已删除").First).ToBeVisibleAsync();
            await page.TakeAsync("85-drafts-deleted-zh-1366");
            await page.GoToInteractiveAsync("/applications");
            await Assertions.Expect(page.Locator("tbody tr", new() { HasText = "郑草稿" })).ToHaveCountAsync(0);
            Assert.DoesNotContain((await api.GetFromJsonAsync<JsonArray>("/api/applications"))!, a => (string?)a!["personName"] == "郑草稿");
        }
        finally
        {
            await page.GotoAsync(ChineseAgain);
        }
    }
}
