using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>
/// Each role's main pages pass axe's WCAG 2.1 A and AA rules with nothing serious or critical: labelled fields,
/// names on buttons and links, readable contrast, a language, landmarks that make sense to a screen reader.
/// (The task and application pages are checked along the applicant's journey, where they have content.)
/// </summary>
public sealed class AccessibilityTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    public static TheoryData<string?, string, bool> Pages => new()
    {
        { null, "/account/login", false },
        { null, "/account/register", false },
        { "applicant@approvals.local", "/", false },
        { "applicant@approvals.local", "/applications", false },
        { "applicant@approvals.local", "/applications/new", false },
        { "applicant@approvals.local", "/applications/new", true },
        { "reviewer.qingpu@approvals.local", "/tasks", false },
        { "reviewer.qingpu@approvals.local", "/tasks", true },
        { "regulator.committee@approvals.local", "/instances", false },
        { "regulator.committee@approvals.local", "/designer", false },
        { "admin@approvals.local", "/admin/users", false },
        { "admin@approvals.local", "/admin/calendar", false },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_serious_accessibility_violations(string? account, string path, bool english)
    {
        IPage page;
        if (account is null)
        {
            page = await (await chromium.Browser.NewAppContextAsync(new BrowserNewContextOptions { BaseURL = app.RootUri.ToString() })).NewPageAsync();
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        }
        else
        {
            page = await chromium.Browser.SignInAsync(app, account);
            if (english)
            {
                // The switch sets the language cookie on its way back; leave only once the page speaks English.
                await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            }
            await page.GoToInteractiveAsync(path);
        }
        if (english)
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.AssertNoSeriousViolationsAsync($"{path} as {account ?? "anonymous"}{(english ? " in English" : "")}");
    }

    [Theory]
    [InlineData("applicant@approvals.local", "/applications/new")]
    [InlineData("applicant@approvals.local", "/applications")]
    [InlineData("regulator.committee@approvals.local", "/instances")]
    [InlineData("admin@approvals.local", "/admin/users")]
    public async Task On_a_phone_the_page_fits_the_screen_and_stays_accessible(string account, string path)
    {
        var page = await chromium.Browser.SignInAsync(app, account, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        await page.GoToInteractiveAsync(path);

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await page.TakeAsync($"phone{path.Replace('/', '-')}");
        Assert.True(width <= 390, $"{path} scrolls sideways on a phone: {width}px wide");
        await page.AssertNoSeriousViolationsAsync($"{path} on a phone as {account}");
    }
}
