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
    public static TheoryData<string?, string> Pages => new()
    {
        { null, "/account/login" },
        { null, "/account/register" },
        { "applicant@approvals.local", "/" },
        { "applicant@approvals.local", "/applications" },
        { "applicant@approvals.local", "/applications/new" },
        { "reviewer.qingpu@approvals.local", "/tasks" },
        { "regulator.committee@approvals.local", "/instances" },
        { "regulator.committee@approvals.local", "/designer" },
        { "admin@approvals.local", "/admin/users" },
        { "admin@approvals.local", "/admin/calendar" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_serious_accessibility_violations(string? account, string path)
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
            await page.GoToInteractiveAsync(path);
        }

        await page.AssertNoSeriousViolationsAsync($"{path} as {account ?? "anonymous"}");
    }
}
