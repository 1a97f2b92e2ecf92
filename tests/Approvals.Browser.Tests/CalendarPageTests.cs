using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>The administrator edits a year of the working-day calendar on twelve month grids, a click per day.</summary>
public sealed class CalendarPageTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_year_shows_as_twelve_months_with_its_holidays_and_the_source_note_under_a_label_in_the_pages_language()
    {
        var admin = await SignInAsync();
        await ShowYearAsync(admin, 2026);

        await Assertions.Expect(admin.Locator("[data-testid=calendar-month]")).ToHaveCountAsync(12);
        await Assertions.Expect(Day(admin, "2026-02-16")).ToHaveAttributeAsync("data-kind", "Holiday");
        await Assertions.Expect(Day(admin, "2026-02-14")).ToHaveAttributeAsync("data-kind", "MakeUpWorkingDay");
        await Assertions.Expect(Day(admin, "2026-03-03")).ToHaveAttributeAsync("data-kind", "Ordinary");
        var source = admin.Locator("[data-testid=calendar-source]");
        await Assertions.Expect(source).ToContainTextAsync("来源（文件原文）：");
        await Assertions.Expect(source).ToContainTextAsync("State Council General Office");
        await admin.TakeAsync("92-admin-calendar-2026-zh");

        await admin.GotoAsync("/culture?name=en&returnUrl=/admin/calendar");
        await ShowYearAsync(admin, 2026);
        await Assertions.Expect(source).ToContainTextAsync("Source (as the file gives it):");
        await Assertions.Expect(admin.Locator("[data-testid=calendar-month][data-month='2']")).ToContainTextAsync("February");
        await admin.TakeAsync("92-admin-calendar-2026-en");
        await admin.GotoAsync("/culture?name=zh-CN&returnUrl=/");
    }

    [Fact]
    public async Task Clicking_days_makes_holidays_and_make_up_days_and_saving_refuses_what_the_calendar_may_not_hold()
    {
        var admin = await SignInAsync();
        await ShowYearAsync(admin, 2030);
        await Assertions.Expect(admin.Locator("[data-testid=calendar-status]")).ToContainTextAsync("2030 年尚未加载节假日安排");

        // Tuesday 8 October clicked twice is a make-up working day, which only a weekend day may be.
        await Day(admin, "2030-10-08").ClickAsync();
        await Day(admin, "2030-10-08").ClickAsync();
        await Assertions.Expect(Day(admin, "2030-10-08")).ToHaveAttributeAsync("data-kind", "MakeUpWorkingDay");
        await Day(admin, "2030-10-01").ClickAsync();
        await Day(admin, "2030-10-02").ClickAsync();
        await admin.ClickAsync("[data-testid=save-calendar]");

        var errors = admin.Locator("[data-testid=calendar-error]");
        await Assertions.Expect(errors.Filter(new() { HasText = "2030-10-08" })).ToHaveCountAsync(1);
        await Assertions.Expect(errors.Filter(new() { HasText = "名称" })).ToHaveCountAsync(1);
        await admin.TakeAsync("93-admin-calendar-refused");

        await Day(admin, "2030-10-08").ClickAsync();
        await admin.Locator("[data-testid=holiday][data-from='2030-10-01'] input").FillAsync("国庆节");
        await admin.Locator("[data-testid=holiday][data-from='2030-10-01'] input").PressAsync("Tab");
        await admin.ClickAsync("[data-testid=save-calendar]");

        await Assertions.Expect(admin.Locator("[data-testid=calendar-status]")).ToContainTextAsync("2030 年：节假日 2 天，调休上班 0 天");
        await Assertions.Expect(errors).ToHaveCountAsync(0);
        await Assertions.Expect(Day(admin, "2030-10-02")).ToHaveAttributeAsync("data-kind", "Holiday");
        await Assertions.Expect(admin.Locator("[data-testid=holiday][data-from='2030-10-01'] input")).ToHaveValueAsync("国庆节");
    }

    private static ILocator Day(IPage page, string day) => page.Locator($"button[data-day='{day}']");

    private async Task<IPage> SignInAsync()
    {
        var admin = await chromium.Browser.SignInAsync(app, "admin@approvals.local", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await admin.GoToInteractiveAsync("/admin/calendar");
        return admin;
    }

    private static async Task ShowYearAsync(IPage admin, int year)
    {
        await admin.Locator("#calendar-year").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.Locator("#calendar-year").PressAsync("Enter");
        await Assertions.Expect(admin.Locator("[data-testid=calendar-month][data-month='1'] button").First).ToHaveAttributeAsync("data-day", $"{year}-01-01");
    }
}
