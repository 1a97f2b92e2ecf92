using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>The administrator sees which years have an official calendar, the mail that could not be sent, and whether the audit chains hold.</summary>
public sealed class AdministratorPagesTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task The_calendar_page_shows_the_loaded_2026_calendar_and_warns_that_2027_counts_weekends_only()
    {
        var admin = await chromium.Browser.SignInAsync(app, "admin@approvals.local");
        await admin.GoToInteractiveAsync("/admin/calendar");
        await admin.Locator("#calendar-year").FillAsync("2026");
        await admin.Locator("#calendar-year").PressAsync("Enter");
        await Assertions.Expect(admin.Locator("[data-testid=calendar-status]")).ToContainTextAsync("2026 年：节假日");
        await Assertions.Expect(admin.Locator("[data-testid=holiday][data-from='2026-02-15'] input")).ToHaveValueAsync("春节 Spring Festival");

        await admin.Locator("#calendar-year").FillAsync("2027");
        await admin.Locator("#calendar-year").PressAsync("Enter");

        await Assertions.Expect(admin.Locator("[data-testid=calendar-status]")).ToContainTextAsync("2027 年尚未加载节假日安排");
        await admin.TakeAsync("43-admin-calendar-2027");
    }

    [Fact]
    public async Task The_failed_mail_page_says_when_nothing_has_failed()
    {
        var admin = await chromium.Browser.SignInAsync(app, "admin@approvals.local");
        await admin.GoToInteractiveAsync("/admin/outbox");

        await Assertions.Expect(admin.Locator("[data-testid=no-failed-mail]")).ToContainTextAsync("没有发送失败的邮件");
    }

    [Fact]
    public async Task The_audit_page_verifies_every_chain_and_reports_them_intact()
    {
        var admin = await chromium.Browser.SignInAsync(app, "admin@approvals.local");
        await admin.GoToInteractiveAsync("/admin/audit");
        await admin.Locator("[data-testid=audit-verify]").ClickAsync();

        var results = admin.Locator("[data-testid=audit-results]");
        await Assertions.Expect(results).ToContainTextAsync("注册库写入");
        await Assertions.Expect(results).ToContainTextAsync("完整");
        await Assertions.Expect(admin.Locator("[data-testid=audit-broken]")).ToHaveCountAsync(0);
        await admin.TakeAsync("44-admin-audit");
    }
}
