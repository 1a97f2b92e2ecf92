using System.Text.RegularExpressions;
using Approvals.Browser.Tests.Support;
using Approvals.Core.Applications;
using Approvals.Infrastructure.Metrology.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Approvals.Browser.Tests.Support.LifecycleJourneys;
using static Approvals.Browser.Tests.Support.SignedInPages;

namespace Approvals.Browser.Tests;

/// <summary>
/// 撤销: the Qingpu regulator starts a revocation from the person's registry file (reason, evidence, a dialog that says
/// what happens); the holder reads the notice with its deadline on their case page and states their case once; two
/// different reviewers decide; the public check shows 已撤销.
/// </summary>
public sealed class RevocationJourneyTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_regulator_revokes_from_the_registry_the_holder_states_their_case_two_reviewers_decide_and_the_public_check_shows_it_revoked()
    {
        var (_, name, idNumber, _, _) = DevelopmentRegistrySeed.People[1];
        var (_, wujiangName, wujiangIdNumber, _, _) = DevelopmentRegistrySeed.People[2];
        var number = await app.RegistrationNumberOfAsync(idNumber);
        await app.GiveRegistrationToApplicantAsync(number);
        var personId = await app.DatabaseAsync(db => db.Persons.Where(p => p.IdNumber == idNumber).Select(p => p.Id).SingleAsync());
        var wujiangPersonId = await app.DatabaseAsync(db => db.Persons.Where(p => p.IdNumber == wujiangIdNumber).Select(p => p.Id).SingleAsync());
        var regulator = await chromium.Browser.SignInAsync(app, "regulator.qingpu@approvals.local");

        // Another district's registration offers nothing to end.
        await regulator.GoToInteractiveAsync($"/registry/people/{wujiangPersonId}");
        await Assertions.Expect(regulator.GetByTestId("person-name")).ToHaveTextAsync(wujiangName);
        await Assertions.Expect(regulator.GetByTestId("ending-actions")).ToHaveCountAsync(0);

        await regulator.GoToInteractiveAsync($"/registry/people/{personId}");
        var actions = regulator.Locator($"[data-testid=ending-actions] [data-number='{number}']");
        await actions.GetByTestId("start-revocation").ClickAsync();
        await regulator.Locator("#ending-reason").FillAsync("经查，持证人申请注册时提交的劳动合同系伪造。");
        await regulator.ChooseFileAsync("#ending-evidence", Pdf("forged-contract-finding"));
        await Assertions.Expect(regulator.GetByTestId("ending-evidence-files").GetByTestId("chosen-file")).ToContainTextAsync("forged-contract-finding.pdf");
        await regulator.GetByTestId("ending-continue").ClickAsync();
        await Assertions.Expect(regulator.GetByTestId("ending-consequences")).ToContainTextAsync($"将对 {name} 的注册 {number} 启动撤销程序");
        await regulator.TakeAsync("98-revocation-confirmation-dialog");
        await regulator.GetByTestId("ending-confirm").ClickAsync();
        await Assertions.Expect(regulator.GetByTestId("ending-started")).ToContainTextAsync(new Regex("已启动撤销注册案件 \\S+"));
        await Assertions.Expect(regulator.GetByTestId("ending-case-link")).ToHaveAttributeAsync("href", new Regex("^instances/"));
        await Assertions.Expect(regulator.GetByTestId("registry-cases")).ToContainTextAsync("撤销注册");
        await regulator.TakeAsync("99-revocation-started");

        var applicant = await chromium.Browser.SignInAsync(app, Applicant);
        await applicant.GoToInteractiveAsync("/applications");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "撤销注册" }).ClickAsync();
        await applicant.ExpectStatusAsync("待陈述申辩");
        var notice = applicant.GetByTestId("statement-notice");
        await Assertions.Expect(notice).ToContainTextAsync("经查，持证人申请注册时提交的劳动合同系伪造。");
        await Assertions.Expect(notice).ToContainTextAsync($"拟作出的决定：撤销注册 {number}。");
        await Assertions.Expect(applicant.GetByTestId("statement-deadline")).ToContainTextAsync(new Regex(@"\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} （北京时间）"));
        await applicant.Locator("#statement-text").FillAsync("劳动合同真实有效，附单位出具的在职证明。");
        await applicant.ChooseFileAsync("#statement-documents", Pdf("employment-certificate"));
        await Assertions.Expect(applicant.GetByTestId("statement-files").GetByTestId("chosen-file")).ToHaveCountAsync(1);
        await applicant.TakeAsync("100-revocation-notice-and-statement-form");
        await applicant.GetByTestId("send-statement").ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("statement-received")).ToContainTextAsync("劳动合同真实有效，附单位出具的在职证明。");
        await Assertions.Expect(applicant.GetByTestId("statement-form")).ToHaveCountAsync(0);
        await applicant.ExpectStatusAsync("审核中");
        await applicant.TakeAsync("101-revocation-statement-received");
        var casePage = applicant.Url;

        var first = await chromium.Browser.SignInAsync(app, "reviewer.qingpu@approvals.local");
        await first.DecideTaskAsync("撤销决定", "撤销", "陈述申辩所附证明不能推翻伪造认定，决定撤销。", "102-revocation-first-decision");
        var second = await chromium.Browser.SignInAsync(app, "reviewer2.qingpu@approvals.local");
        await second.DecideTaskAsync("撤销复核", "批准", null, "103-revocation-second-approval");

        await applicant.GoToInteractiveAsync(casePage);
        await applicant.ExpectStatusAsync("已批准");
        await Assertions.Expect(applicant.GetByTestId("decision")).ToContainTextAsync("撤销注册");
        await Assertions.Expect(applicant.GetByTestId("statement-received")).ToBeVisibleAsync();

        var check = await chromium.Browser.PublicCheckAsync(app, number, name);
        await Assertions.Expect(check.Locator("[data-testid=check-status]")).ToHaveTextAsync("已撤销");
        await check.TakeAsync("104-revocation-public-check");
        Assert.Equal(ApplicationStatus.Approved, await app.DatabaseAsync(db => db.Applications.Where(a => a.Type == ApplicationType.Revocation).Select(a => a.Status).SingleAsync()));
    }
}
