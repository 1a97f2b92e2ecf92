using Approvals.Browser.Tests.Support;
using Approvals.Infrastructure.Metrology.Registry;
using Microsoft.Playwright;
using static Approvals.Browser.Tests.Support.LifecycleJourneys;
using static Approvals.Browser.Tests.Support.SignedInPages;

namespace Approvals.Browser.Tests;

/// <summary>
/// 变更注册: the holder of a Qingpu registration moves to an employer in Wujiang through the wizard; Wujiang, the new
/// district, approves; the holder sees 已批准 and the public check shows the registration in Wujiang at once.
/// </summary>
public sealed class ChangeOfEmployerJourneyTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_change_of_employer_into_Wujiang_filed_in_the_wizard_and_approved_there_moves_the_registration_in_the_public_check()
    {
        var (_, name, idNumber, _, _) = DevelopmentRegistrySeed.People[0];
        var (_, _, _, wujiangCreditCode, wujiangEmployer) = DevelopmentRegistrySeed.People[2];
        var number = await app.RegistrationNumberOfAsync(idNumber);
        var applicant = await chromium.Browser.SignInAsync(app, Applicant);

        await applicant.GoToInteractiveAsync("/applications/new");
        await applicant.SelectAsync("type", "注册计量师变更注册");
        await applicant.Locator("#personName").FillAsync(name);
        await applicant.Locator("#idNumber").FillAsync(idNumber);
        await applicant.Locator("#phone").FillAsync("13900000001");
        await applicant.Locator("[data-testid=next]").ClickAsync();

        await applicant.Locator("#employerName").FillAsync(wujiangEmployer);
        await applicant.Locator("#employerCreditCode").FillAsync(wujiangCreditCode);
        await applicant.SelectAsync("employerDistrictCode", "吴江区");
        await applicant.Locator("#employerAddress").FillAsync("江苏省苏州市吴江区松陵镇");
        await applicant.Locator("[data-testid=next]").ClickAsync();

        await applicant.Locator("#registrationNumber").FillAsync(number);
        await applicant.Locator("#lookUpRegistration").ClickAsync();
        await Assertions.Expect(applicant.Locator("#recognisedRegistration")).ToContainTextAsync("青浦区");
        await applicant.TakeAsync("90-change-wizard-registration");
        await applicant.Locator("[data-testid=next]").ClickAsync();

        foreach (var kind in new[] { "ApplicationForm", "EmploymentProof" })
        {
            await applicant.ChooseFileAsync($"#upload-{kind}", Pdf(kind));
            await Assertions.Expect(applicant.Locator($"[data-kind={kind}] [data-testid=uploaded]")).ToBeVisibleAsync();
        }
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await Assertions.Expect(applicant.Locator("[data-testid=precheck-findings]")).ToHaveCountAsync(0);
        await applicant.Locator("[data-testid=submit]").ClickAsync();
        await applicant.ExpectStatusAsync("审核中");
        var casePage = applicant.Url;

        var reviewer = await chromium.Browser.SignInAsync(app, "reviewer.wujiang@approvals.local");
        await reviewer.DecideTaskAsync("审核申请", "批准", null, "91-change-wujiang-approves");

        await applicant.GoToInteractiveAsync(casePage);
        await applicant.ExpectStatusAsync("已批准");
        await applicant.TakeAsync("92-change-approved");

        var check = await chromium.Browser.PublicCheckAsync(app, number, name);
        await Assertions.Expect(check.Locator("[data-testid=check-status]")).ToHaveTextAsync("有效");
        await Assertions.Expect(check.Locator("[data-testid=check-district]")).ToHaveTextAsync("吴江区");
        await check.TakeAsync("93-change-public-check-wujiang");
    }
}
