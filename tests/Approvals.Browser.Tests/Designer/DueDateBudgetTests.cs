using Approvals.Browser.Tests.Support;
using Approvals.Workflows.Serialization;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

/// <summary>
/// Task due dates must fit inside the statutory limit (20 working days from acceptance, 行政许可法 art. 42): the
/// designer warns, without blocking, when a path's due dates add up to more.
/// </summary>
public sealed class DueDateBudgetTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Problems = "[data-testid=problems][data-validated=true]";

    [Fact]
    public async Task A_review_due_in_25_working_days_shows_a_warning_that_the_path_exceeds_the_20_day_limit()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.OpenAsync("metrologist-initial-registration");
        await page.Locator($"{Problems}[data-warnings='0']").WaitForAsync();

        await designer.SelectAsync("review");
        await designer.FillFieldAsync("dueIn", "25");
        await designer.WaitForDefinitionAsync("d.root.activities.find(a => a.id === 'review').inputs.dueIn === '25wd'");

        var warning = page.Locator("[data-testid=warning]");
        await Assertions.Expect(warning).ToHaveCountAsync(1);
        await Assertions.Expect(warning).ToContainTextAsync("超过法定办理时限 20 个工作日");
        await Assertions.Expect(warning).ToContainTextAsync("review 25");
        await Assertions.Expect(warning).ToContainTextAsync("路径");
        // A warning, not a problem: nothing blocks publication.
        await Assertions.Expect(page.Locator(Problems)).ToHaveAttributeAsync("data-count", "0");
        await page.SetViewportSizeAsync(1366, 900);
        await designer.ScreenshotAsync("due-date-budget-warning");

        await ShortenReviewAsync(designer);
        await designer.ScreenshotAsync("due-date-budget-warning-gone");
    }

    [Fact]
    public async Task The_warning_reads_in_English_names_the_path_and_goes_once_the_task_is_shortened()
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;
        await designer.OpenListAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        // Kept as the regulator's preference: the other tests of the class read Chinese.
        try
        {
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("^en"));
            await designer.OpenAsync("metrologist-renewal");
            await page.Locator(Problems).WaitForAsync();

            await designer.SelectAsync("review");
            await designer.FillFieldAsync("dueIn", "25");
            await designer.WaitForDefinitionAsync("d.root.activities.find(a => a.id === 'review').inputs.dueIn === '25wd'");

            var warning = page.Locator("[data-testid=warning]");
            await Assertions.Expect(warning).ToHaveCountAsync(1);
            await Assertions.Expect(warning).ToContainTextAsync("more than the statutory limit of 20 working days, on the path");
            await Assertions.Expect(warning).ToContainTextAsync("review");
            await page.SetViewportSizeAsync(1366, 900);
            await designer.ScreenshotAsync("due-date-budget-warning-en");

            await ShortenReviewAsync(designer);
            await designer.ScreenshotAsync("due-date-budget-warning-gone-en");
        }
        finally
        {
            await page.GotoAsync("/culture?name=zh-CN&returnUrl=/");
        }
    }

    /// <summary>A review due in five working days fits the limit again: the warning goes, the count with it.</summary>
    private static async Task ShortenReviewAsync(DesignerPage designer)
    {
        await designer.FillFieldAsync("dueIn", "5");
        await designer.WaitForDefinitionAsync("d.root.activities.find(a => a.id === 'review').inputs.dueIn === '5wd'");
        await Assertions.Expect(designer.Page.Locator("[data-testid=warning]")).ToHaveCountAsync(0);
        await Assertions.Expect(designer.Page.Locator(Problems)).ToHaveAttributeAsync("data-warnings", "0");
    }

    public static TheoryData<string> ShippedProcedures() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryFolder.Path, "workflows"), "*.json")
            .Select(f => WorkflowDefinitionJson.Deserialize(File.ReadAllText(f)).DefinitionId).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedProcedures))]
    public async Task A_shipped_procedure_opens_with_no_due_date_warning(string definitionId)
    {
        var designer = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = designer.Page;

        await designer.OpenAsync(definitionId);

        await page.Locator(Problems).WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=warning]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(Problems)).ToHaveAttributeAsync("data-warnings", "0");
    }
}
