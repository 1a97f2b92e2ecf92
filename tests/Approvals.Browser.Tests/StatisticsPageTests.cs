using Approvals.Browser.Tests.Support;
using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>
/// The statistics page (issue 17) as the executive committee and a district regulator use it: this year so far by default,
/// a chosen period, the three districts side by side or one, tables with their charts and the recognition heat map, the
/// downloads, on a desktop and a phone in both languages.
/// </summary>
public sealed class StatisticsPageTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private const string Jiashan = "330421";
    private const string Period = "/statistics?from=2025-03-01&to=2025-04-30";
    private const string ChineseAgain = "/culture?name=zh-CN&returnUrl=/";

    [Fact]
    public async Task The_committee_sees_the_three_districts_side_by_side_with_charts_and_the_recognition_heat_map_in_both_languages()
    {
        await SeedAsync();
        var page = await chromium.Browser.SignInAsync(app, "regulator.committee@approvals.local", Screen(1366, 900));
        try
        {
            await Assertions.Expect(page.GetByTestId("nav-statistics")).ToHaveAttributeAsync("href", "statistics");
            await page.GoToInteractiveAsync("/statistics");
            var today = Approvals.Text.ReadableDates.ShanghaiDay(DateTimeOffset.UtcNow);
            // The period fields read and take dates as the page's language writes them, not the browser's mm/dd/yyyy.
            await Assertions.Expect(page.GetByLabel("开始日期")).ToHaveValueAsync($"{today.Year}年1月1日");
            await Assertions.Expect(page.GetByLabel("结束日期")).ToHaveValueAsync($"{today.Year}年{today.Month}月{today.Day}日");

            await page.GetByLabel("开始日期").FillAsync("2025年3月1日");
            await page.GetByLabel("开始日期").PressAsync("Tab");
            await page.GetByLabel("结束日期").FillAsync("2025年4月30日");
            await page.GetByLabel("结束日期").PressAsync("Tab");
            await page.GetByTestId("statistics-show").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("from=2025-03-01&to=2025-04-30"));

            var applications = page.GetByTestId("statistics-applications");
            await Assertions.Expect(applications).ToContainTextAsync("青浦区");
            await Assertions.Expect(applications).ToContainTextAsync("吴江区");
            await Assertions.Expect(applications).ToContainTextAsync("嘉善县");
            await Assertions.Expect(page.GetByTestId("chart-applications").Locator("svg").First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("chart-trend").Locator("svg").First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId($"heat-{Qingpu}-{Jiashan}")).ToHaveTextAsync("2");
            await Assertions.Expect(page.GetByTestId($"heat-{Wujiang}-{Qingpu}")).ToHaveTextAsync("1");
            await Assertions.Expect(page.GetByTestId("download-xlsx")).ToHaveAttributeAsync("href", "api/statistics/export.xlsx?from=2025-03-01&to=2025-04-30");
            var workbook = await page.APIRequest.GetAsync(new Uri(app.RootUri, "api/statistics/export.xlsx?from=2025-03-01&to=2025-04-30").ToString());
            Assert.Equal(200, workbook.Status);
            await page.AssertNoSeriousViolationsAsync("the committee's statistics");
            await page.TakeAsync("statistics-committee-zh-1366");

            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(applications).ToContainTextAsync("Qingpu");
            await Assertions.Expect(page.GetByLabel("From", new() { Exact = true })).ToHaveValueAsync("1 Mar 2025");
            await Assertions.Expect(page.GetByTestId("recognition-heat-map")).ToContainTextAsync("Jiashan");
            await page.AssertNoSeriousViolationsAsync("the committee's statistics in English");
            await page.TakeAsync("statistics-committee-en-1366");

            await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
            await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await ChooseDistrictAsync(page, "青浦区");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"district={Qingpu}"));
            await Assertions.Expect(applications).Not.ToContainTextAsync("吴江区");

            var phone = await chromium.Browser.SignInAsync(app, "regulator.committee@approvals.local", Screen(390, 844));
            await phone.GoToInteractiveAsync(Period);
            await Assertions.Expect(phone.GetByTestId("chart-trend").Locator("svg").First).ToBeVisibleAsync();
            Assert.False(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the statistics page scrolls sideways on a phone");
            await phone.TakeAsync("statistics-committee-zh-390");
            await phone.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(phone.GetByTestId("statistics-applications")).ToContainTextAsync("Qingpu");
            Assert.False(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the English statistics page scrolls sideways on a phone");
            await phone.TakeAsync("statistics-committee-en-390");
        }
        finally
        {
            await page.GotoAsync(ChineseAgain);
        }
    }

    [Fact]
    public async Task Clicking_a_figure_lists_that_many_cases_each_opening_on_the_read_only_case_page_in_both_languages()
    {
        await SeedAsync();
        var page = await chromium.Browser.SignInAsync(app, "regulator.committee@approvals.local", Screen(1366, 900));
        try
        {
            await page.GoToInteractiveAsync(Period);
            var received = page.Locator($"[data-testid=figure-applications-Received][href*='district={Qingpu}&type=InitialRegistration']");
            await Assertions.Expect(received).ToHaveTextAsync("2");

            await received.ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("statistics/cases\\?from=2025-03-01&to=2025-04-30&figure=Received"));
            await Assertions.Expect(page.GetByTestId("statistics-case")).ToHaveCountAsync(2);
            await Assertions.Expect(page.GetByTestId("figure-total")).ToContainTextAsync("共 2 件");
            await Assertions.Expect(page.GetByTestId("figure-description")).ToContainTextAsync("青浦区");
            await Assertions.Expect(page.GetByTestId("statistics-case").Locator("a").First).ToHaveAttributeAsync("href", "cases/sp-q3");
            await page.AssertNoSeriousViolationsAsync("the cases behind a figure");
            await page.TakeAsync("statistics-cases-zh-1366");

            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("figure-total")).ToContainTextAsync("2 cases");
            await Assertions.Expect(page.GetByTestId("figure-description")).ToContainTextAsync("Qingpu");
            await page.TakeAsync("statistics-cases-en-1366");

            await page.GetByTestId("statistics-back").ClickAsync();
            await Assertions.Expect(page.GetByTestId("statistics-applications")).ToBeVisibleAsync();
        }
        finally
        {
            await page.GotoAsync(ChineseAgain);
        }
    }

    [Fact]
    public async Task A_district_regulator_sees_only_their_district_and_another_district_answers_like_a_missing_one()
    {
        await SeedAsync();
        var page = await chromium.Browser.SignInAsync(app, "regulator.qingpu@approvals.local", Screen(1366, 900));

        await page.GoToInteractiveAsync(Period);
        await Assertions.Expect(page.GetByTestId("statistics-applications")).ToContainTextAsync("青浦区");
        await Assertions.Expect(page.GetByTestId("statistics-applications")).Not.ToContainTextAsync("吴江区");
        await Assertions.Expect(page.GetByTestId("statistics-district")).ToHaveCountAsync(0);
        await page.AssertNoSeriousViolationsAsync("a district regulator's statistics");
        await page.TakeAsync("statistics-qingpu-zh-1366");

        await page.GoToInteractiveAsync(Period + "&district=" + Jiashan);
        await Assertions.Expect(page.GetByTestId("statistics-refused")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("statistics-applications")).ToHaveCountAsync(0);
    }

    private static async Task ChooseDistrictAsync(IPage page, string district)
    {
        await page.GetByTestId("statistics-district").Locator("xpath=ancestor-or-self::div[contains(@class,'mud-select')][1]").ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = district }).First;
        await item.ClickAsync();
        await item.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await page.GetByTestId("statistics-show").ClickAsync();
    }

    private static BrowserNewContextOptions Screen(int width, int height) => new() { ViewportSize = new ViewportSize { Width = width, Height = height } };

    /// <summary>Cases of March 2025 in the three districts and recognitions between them, added once per host.</summary>
    private async Task SeedAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        if (db.Applications.Any(a => a.Id == "sp-q1"))
            return;
        var shanghai = TimeSpan.FromHours(8);
        DateTimeOffset Day(int month, int day) => new(2025, month, day, 10, 0, 0, shanghai);
        void Case(string id, string district, ApplicationType type, ApplicationStatus status, DateTimeOffset submitted, DateTimeOffset? decided = null)
        {
            db.Applications.Add(new Application
            {
                Id = id, Type = type, ApplicantUserId = "sp-applicant", ApplicantEmail = "sp@example.test", Status = status, DistrictCode = district,
                Level = MetrologistLevel.Level2, CreatedAt = submitted, UpdatedAt = submitted, SubmittedAt = submitted, AcceptedAt = submitted, InstanceId = "inst-" + id,
            });
            if (decided is { } at)
                db.ApplicationTimeline.Add(new ApplicationTimelineEntry { ApplicationId = id, Status = status, At = at });
        }
        Case("sp-q1", Qingpu, ApplicationType.InitialRegistration, ApplicationStatus.Approved, Day(3, 3), Day(3, 14));
        Case("sp-q2", Qingpu, ApplicationType.Renewal, ApplicationStatus.Approved, Day(3, 5), Day(4, 2));
        Case("sp-q3", Qingpu, ApplicationType.InitialRegistration, ApplicationStatus.Rejected, Day(4, 7), Day(4, 18));
        Case("sp-w1", Wujiang, ApplicationType.InitialRegistration, ApplicationStatus.Approved, Day(3, 10), Day(3, 21));
        Case("sp-w2", Wujiang, ApplicationType.RegistrationRecognition, ApplicationStatus.Approved, Day(4, 1), Day(4, 8));
        Case("sp-j1", Jiashan, ApplicationType.InitialRegistration, ApplicationStatus.Approved, Day(3, 12), Day(4, 10));
        void Recognition(string id, string from, string to, DateTimeOffset issued) => db.Recognitions.Add(new Recognition
        {
            Id = id, Number = "REC-" + id, Kind = RegistryRecordKind.Registration, Level = MetrologistLevel.Level2, PersonId = "sp-p",
            RecognisedNumber = "REG-sp", OriginDistrictCode = from, DistrictCode = to, ValidFrom = DateOnly.FromDateTime(issued.Date),
            ValidTo = new DateOnly(2030, 1, 1), Status = RegistrationStatus.Active, IssuedAt = issued,
        });
        db.Persons.Add(new Person { Id = "sp-p", Name = "统计页面人", IdNumber = "SP-ID-1" });
        Recognition("sp-g1", Qingpu, Jiashan, Day(3, 15));
        Recognition("sp-g2", Qingpu, Jiashan, Day(3, 16));
        Recognition("sp-g3", Wujiang, Qingpu, Day(4, 10));
        await db.SaveChangesAsync();
    }
}
