using Approvals.Browser.Tests.Support;
using Approvals.Infrastructure.Metrology.Registry;
using Microsoft.Playwright;
using static Approvals.Browser.Tests.Support.LifecycleJourneys;
using static Approvals.Browser.Tests.Support.SignedInPages;

namespace Approvals.Browser.Tests;

/// <summary>
/// 注销 at the holder's request: the wizard names the registration from the registry (no employer step), takes the
/// reason and the application form; the Qingpu reviewer approves; the public check shows 已注销.
/// </summary>
public sealed class HolderCancellationJourneyTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_holder_cancels_their_registration_in_the_wizard_and_once_approved_the_public_check_shows_it_cancelled()
    {
        var (_, name, idNumber, _, _) = DevelopmentRegistrySeed.People[1];
        var number = await app.RegistrationNumberOfAsync(idNumber);
        var applicant = await chromium.Browser.SignInAsync(app, Applicant);

        await applicant.GoToInteractiveAsync("/applications/new");
        await Assertions.Expect(applicant.Locator("[data-step]")).ToHaveCountAsync(5);
        await applicant.SelectAsync("type", "注销注册");
        await Assertions.Expect(applicant.Locator("[data-step]")).ToHaveCountAsync(4);
        await Assertions.Expect(applicant.Locator("[data-step='2']")).ToContainTextAsync("2. 要注销的注册");
        await applicant.Locator("#personName").FillAsync(name);
        await applicant.Locator("#idNumber").FillAsync(idNumber);
        await applicant.Locator("[data-testid=next]").ClickAsync();

        await applicant.Locator("#registrationNumber").FillAsync(number);
        await applicant.Locator("#lookUpRegistration").ClickAsync();
        await Assertions.Expect(applicant.Locator("#recognisedRegistration")).ToContainTextAsync("有效");
        await applicant.Locator("#reason").FillAsync("本人已退休，不再从事计量工作，申请注销注册。");
        await applicant.TakeAsync("94-cancellation-wizard-registration");
        await applicant.Locator("[data-testid=next]").ClickAsync();

        await applicant.ChooseFileAsync("#upload-ApplicationForm", Pdf("cancellation-form"));
        await Assertions.Expect(applicant.Locator("[data-kind=ApplicationForm] [data-testid=uploaded]")).ToBeVisibleAsync();
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await Assertions.Expect(applicant.GetByText("本人已退休，不再从事计量工作，申请注销注册。")).ToBeVisibleAsync();
        await Assertions.Expect(applicant.Locator("[data-testid=submit]")).ToBeEnabledAsync();
        await applicant.TakeAsync("95-cancellation-wizard-review");
        await applicant.Locator("[data-testid=submit]").ClickAsync();
        await applicant.ExpectStatusAsync("审核中");
        var casePage = applicant.Url;

        var reviewer = await chromium.Browser.SignInAsync(app, "reviewer.qingpu@approvals.local");
        await reviewer.DecideTaskAsync("审核注销", "批准", null, "96-cancellation-reviewer-approves");

        await applicant.GoToInteractiveAsync(casePage);
        await applicant.ExpectStatusAsync("已批准");
        await Assertions.Expect(applicant.Locator("[data-testid=decision]")).ToContainTextAsync("准予注销");

        var check = await chromium.Browser.PublicCheckAsync(app, number, name);
        await Assertions.Expect(check.Locator("[data-testid=check-status]")).ToHaveTextAsync("已注销");
        await check.TakeAsync("97-cancellation-public-check");
    }
}
