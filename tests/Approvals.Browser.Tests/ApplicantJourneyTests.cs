using System.Text.RegularExpressions;
using Approvals.Browser.Tests.Support;
using Approvals.Core.Checks;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>
/// An applicant files an initial registration with uploads; the Qingpu reviewer asks for corrections; the
/// applicant reads the request in Chinese, corrects and resubmits; the reviewer approves; the applicant sees
/// Approved with the registration number, and the same page in English.
/// </summary>
public sealed class ApplicantJourneyTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private static readonly string[] DocumentKinds = ["ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard", "Photo", "EmploymentProof"];

    private static string IdNumber()
    {
        const string first17 = "31011819900307123";
        return first17 + ResidentIdNumber.ExpectedCheckCharacter(first17);
    }

    private static string CreditCode()
    {
        const string first17 = "91310118MA1TEHT00";
        return first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);
    }

    private static async Task DecideAsync(IPage reviewer, string outcome, string? reason, string screenshot)
    {
        await reviewer.ClaimAndOpenAsync("审核申请");
        await Assertions.Expect(reviewer.Locator("[data-testid=application-facts]")).ToContainTextAsync("王小明");
        await Assertions.Expect(reviewer.Locator("[data-testid=document] iframe").First).ToBeVisibleAsync();
        await reviewer.AssertNoSeriousViolationsAsync("the task page");
        await reviewer.GetByText(outcome, new() { Exact = true }).ClickAsync();
        // The page's answer to the choice enables the button and relabels the comment field.
        await Assertions.Expect(reviewer.Locator("[data-testid=complete]")).ToBeEnabledAsync();
        if (reason is not null)
        {
            await reviewer.Locator("#task-comment").FillAsync(reason);
            await Assertions.Expect(reviewer.Locator("#task-comment")).ToHaveValueAsync(reason);
        }
        await reviewer.TakeAsync(screenshot);
        await reviewer.Locator("[data-testid=complete]").ClickAsync();
        await reviewer.ConfirmAsync();
        await Assertions.Expect(reviewer).ToHaveURLAsync(new Regex("/tasks$"));
    }

    /// <summary>Waits for the application's status; if another one stays, says what the page shows (the findings, the timeline).</summary>
    private static async Task ExpectStatusAsync(IPage page, string status)
    {
        try
        {
            await Assertions.Expect(page.Locator("[data-testid=status]")).ToContainTextAsync(status);
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Expected the status {status}; the page says: {await page.Locator(".mud-main-content").InnerTextAsync()}", e);
        }
    }

    [Fact]
    public async Task An_initial_registration_goes_through_corrections_to_approval_and_reads_the_same_in_English()
    {
        var applicant = await chromium.Browser.SignInAsync(app, "applicant@approvals.local");
        await applicant.GoToInteractiveAsync("/applications");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "新建申请" }).ClickAsync();
        await applicant.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        await applicant.Locator("#personName").FillAsync("王小明");
        await applicant.Locator("#idNumber").FillAsync(IdNumber());
        await applicant.Locator("#phone").FillAsync("13900000000");
        await applicant.TakeAsync("20-wizard-person");
        await applicant.Locator("[data-testid=next]").ClickAsync();

        await applicant.Locator("#employerName").FillAsync("青浦精密计量有限公司");
        await applicant.Locator("#employerCreditCode").FillAsync(CreditCode());
        await applicant.SelectAsync("employerDistrictCode", "青浦区");
        await applicant.Locator("#employerAddress").FillAsync("上海市青浦区华新镇");
        await applicant.Locator("[data-testid=next]").ClickAsync();

        await applicant.SelectAsync("level", "二级注册计量师");
        await applicant.Locator("#qualificationCertificateNumber").FillAsync("ZG-2026-0042");
        await applicant.Locator("#projects").FillAsync("长度计量");
        await applicant.Locator("#certificateNumber").FillAsync("JL-LOCAL-0042");
        await applicant.SelectAsync("certificateIssuer", "上海市青浦区市场监督管理局");
        await applicant.TakeAsync("21-wizard-qualification");
        await applicant.Locator("[data-testid=next]").ClickAsync();

        foreach (var kind in DocumentKinds)
        {
            await applicant.ChooseFileAsync($"#upload-{kind}", SignedInPages.Pdf(kind));
            await Assertions.Expect(applicant.Locator($"[data-kind={kind}] [data-testid=uploaded]")).ToBeVisibleAsync();
        }
        await applicant.TakeAsync("22-wizard-documents");
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await applicant.Locator("[data-testid=submit]").ClickAsync();
        await ExpectStatusAsync(applicant, "审核中");
        await Assertions.Expect(applicant.Locator("[data-testid=statutory-clock]")).ToContainTextAsync("法定时限：剩余 20 个工作日");
        await applicant.TakeAsync("23-application-in-review");

        var reviewer = await chromium.Browser.SignInAsync(app, "reviewer.qingpu@approvals.local");
        await DecideAsync(reviewer, "要求补正", "身份证照片不清晰，请重新上传。", "24-reviewer-requests-corrections");

        await applicant.GoToInteractiveAsync(applicant.Url);
        await Assertions.Expect(applicant.Locator("[data-testid=correction-request]")).ToContainTextAsync("身份证照片不清晰，请重新上传。");
        await Assertions.Expect(applicant.Locator("[data-testid=statutory-clock]")).ToContainTextAsync("补正期间暂停计时");
        await applicant.TakeAsync("25-applicant-reads-correction-request");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "补正材料", Exact = true }).ClickAsync();
        await applicant.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(applicant.Locator("[data-testid=correction-request]")).ToContainTextAsync("身份证照片不清晰");
        for (var step = 0; step < 3; step++)
            await applicant.Locator("[data-testid=next]").ClickAsync();
        // The documents step has rendered (and its file inputs are wired) once the earlier upload is listed.
        await Assertions.Expect(applicant.Locator("[data-kind=IdCard] [data-testid=uploaded]")).ToHaveCountAsync(1);
        await applicant.ChooseFileAsync("#upload-IdCard", SignedInPages.Pdf("IdCard-clear"));
        await Assertions.Expect(applicant.Locator("[data-kind=IdCard] [data-testid=uploaded]")).ToHaveCountAsync(2);
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await applicant.Locator("[data-testid=submit]").ClickAsync();
        await ExpectStatusAsync(applicant, "审核中");

        await DecideAsync(reviewer, "批准", null, "26-reviewer-approves");

        await applicant.GoToInteractiveAsync(applicant.Url);
        await ExpectStatusAsync(applicant, "已批准");
        await Assertions.Expect(applicant.Locator("[data-testid=issued-number]")).ToContainTextAsync("CSJ-R2-310118-");
        var certificate = await applicant.Context.APIRequest.GetAsync(await applicant.Locator("[data-testid=certificate]").GetAttributeAsync("href") ?? "");
        Assert.Equal("application/pdf", certificate.Headers["content-type"]);
        // The reviewer's reason stays on the step that asked for the corrections, not on what followed.
        await Assertions.Expect(applicant.Locator("[data-testid=timeline-step]", new() { Has = applicant.Locator("[data-testid=timeline-comment]") }))
            .ToContainTextAsync(new Regex("待补正[\\s\\S]*要求补正[\\s\\S]*身份证照片不清晰"));
        await applicant.AssertNoSeriousViolationsAsync("the approved application");
        await applicant.TakeAsync("27-applicant-approved-zh");

        await applicant.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await ExpectStatusAsync(applicant, "Approved");
        await Assertions.Expect(applicant.Locator("[data-testid=issued-number]")).ToContainTextAsync("Registration number");
        await applicant.TakeAsync("28-applicant-approved-en");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
    }
}
