using Approvals.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Designer;

public sealed class PublicationRequestTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string QingpuRegulator = "regulator.qingpu@approvals.local";

    [Fact]
    public async Task A_district_regulator_requests_publication_of_a_zone_procedure_and_a_committee_regulator_approves_it_after_seeing_the_diff()
    {
        var author = await DesignerPage.SignInAsync(chromium.Browser, app, QingpuRegulator);
        await author.OpenAsync("two-level-approval");
        await Assertions.Expect(author.Page.Locator("[data-testid=publish]")).ToHaveCountAsync(0);

        await author.SelectAsync("review");
        await author.FillFieldAsync("dueIn", "6");
        await author.WaitForDefinitionAsync("d.root.activities.find(a => a.id === 'review').inputs.dueIn === '6wd'");
        await author.Page.Locator("[data-testid=unsaved]").WaitForAsync();
        await author.ClickAsync("request-publication");
        await DesignerPage.FillAsync(author.Page.Locator("[data-testid=request-reason] textarea").First, "初审时限改为 6 个工作日");
        await author.ClickAsync("submit-request");
        await author.Page.Locator("[data-testid=pending-request][data-version='2']").WaitForAsync();
        Assert.True(await author.Page.Locator("[data-testid=request-publication]").IsDisabledAsync());
        await author.ScreenshotAsync("publication-requested");

        var approver = await DesignerPage.SignInAsync(chromium.Browser, app);
        var page = approver.Page;
        await page.GoToInteractiveAsync("/designer/publication-requests");
        var row = page.Locator("[data-testid=publication-request][data-definition-id=two-level-approval]");
        await row.Locator("xpath=ancestor::tr").Locator("[data-testid=review]").ClickAsync();
        var change = page.Locator("[data-testid=changed-activity][data-activity-id=review] [data-testid=changed-property][data-property='inputs.dueIn']");
        await change.WaitForAsync();
        Assert.Contains("\"6wd\"", await change.InnerTextAsync());
        await approver.ScreenshotAsync("publication-request-review");
        await approver.ClickAsync("approve");
        await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Assertions.Expect(page.Locator("[data-testid=request-review]")).ToHaveCountAsync(0);

        await page.GoToInteractiveAsync("/designer/two-level-approval/versions");
        var version2 = page.Locator("[data-testid=version][data-version='2']").Locator("xpath=ancestor::tr");
        await version2.Locator("[data-testid=approved-by]").Filter(new LocatorFilterOptions { HasText = DesignerPage.Regulator }).WaitForAsync();
        Assert.Equal(QingpuRegulator, (await version2.Locator("[data-testid=published-by]").InnerTextAsync()).Trim());
        Assert.Equal("初审时限改为 6 个工作日", (await version2.Locator("[data-testid=publication-reason]").InnerTextAsync()).Trim());
        await approver.ScreenshotAsync("publication-approved-history");
    }

    [Fact]
    public async Task The_author_sees_their_own_request_but_cannot_decide_it()
    {
        var author = await DesignerPage.SignInAsync(chromium.Browser, app, QingpuRegulator);
        await author.OpenAsync("metrologist-renewal");
        await author.ClickAsync("request-publication");
        await DesignerPage.FillAsync(author.Page.Locator("[data-testid=request-reason] textarea").First, "复核");
        await author.ClickAsync("submit-request");
        await author.Page.Locator("[data-testid=pending-request]").WaitForAsync();

        await author.Page.GoToInteractiveAsync("/designer/publication-requests");
        await author.Page.Locator("[data-testid=publication-request][data-definition-id=metrologist-renewal]").Locator("xpath=ancestor::tr").Locator("[data-testid=review]").ClickAsync();

        await author.Page.Locator("[data-testid=may-not-decide]").WaitForAsync();
        await Assertions.Expect(author.Page.Locator("[data-testid=approve]")).ToHaveCountAsync(0);
    }
}
