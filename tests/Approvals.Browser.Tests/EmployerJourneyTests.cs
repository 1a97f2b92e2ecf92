using System.Text.RegularExpressions;
using Approvals.Browser.Tests.Support;
using Approvals.Core.Checks;
using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>
/// 通过执业单位统一申请: the seeded Qingpu employer files for two staff members at once — one with an applicant account, one
/// invited; the invited one follows the mailed link, sets a password, confirms the data, completes and submits the case;
/// the employer's page shows the one still to confirm and the one submitted. On a laptop and on a phone.
/// </summary>
public sealed partial class EmployerJourneyTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string InvitedEmail = "qian.staff@example.cn";
    private const string InvitedPassword = "Staff-Pass-2026";
    private static readonly string[] DocumentKinds = ["ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard", "Photo", "EmploymentProof"];

    private static string IdNumber(string first17) => first17 + ResidentIdNumber.ExpectedCheckCharacter(first17);

    [Fact]
    public async Task The_employer_files_two_staff_members_the_invited_one_sets_a_password_confirms_and_submits_and_the_employer_follows_both()
    {
        var laptop = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } };
        var employer = await chromium.Browser.SignInAsync(app, "employer.qingpu@approvals.local", laptop);
        await employer.GoToInteractiveAsync("/employer/batch");

        await employer.Locator("[data-testid=file-batch]").ClickAsync();
        await Assertions.Expect(employer.Locator("[data-testid=batch-problems]")).ToBeVisibleAsync();
        await Assertions.Expect(employer.Locator("[data-testid=staff-row-0]")).ToContainTextAsync("请填写姓名");
        // The list names the row; beside the field, inside the row's own box, the row is not named again.
        await Assertions.Expect(employer.Locator("[data-testid=batch-problems]")).ToContainTextAsync("第 1 行");
        await Assertions.Expect(employer.Locator("[data-testid=staff-row-0]")).Not.ToContainTextAsync("第 1 行");
        await employer.TakeAsync("90-employer-batch-errors");

        await FillRowAsync(employer, 0, "李四", IdNumber("31011819880512321"), "applicant@approvals.local");
        // A corrected field loses its stale problem at once, beside it and in the list.
        await Assertions.Expect(employer.Locator("[data-testid=staff-row-0]")).Not.ToContainTextAsync("请填写姓名");
        await Assertions.Expect(employer.Locator("[data-testid=batch-problems]")).ToHaveCountAsync(0);
        await employer.Locator("[data-testid=add-row]").ClickAsync();
        await FillRowAsync(employer, 1, "钱职工", IdNumber("31011819920714432"), InvitedEmail);
        await employer.TakeAsync("91-employer-batch-filled");
        await employer.Locator("[data-testid=file-batch]").ClickAsync();
        await Assertions.Expect(employer).ToHaveURLAsync(new Regex("/employer$"));
        var cases = employer.Locator("[data-testid=employer-cases] tbody tr");
        await Assertions.Expect(cases).ToHaveCountAsync(2);
        await Assertions.Expect(cases.Filter(new() { HasText = "钱职工" }).Locator("[data-testid=staff-stage]")).ToHaveTextAsync("待本人确认");
        await employer.TakeAsync("92-employer-cases-filed");

        // The invited one has not accepted: the employer sends the invitation again; the account with a password has nothing to resend.
        var (applicationId, firstLink) = await InvitationAsync();
        await Assertions.Expect(cases.Filter(new() { HasText = "李四" }).Locator("[data-testid=resend-invitation]")).ToHaveCountAsync(0);
        await cases.Filter(new() { HasText = "钱职工" }).Locator("[data-testid=resend-invitation]").ClickAsync();
        await Assertions.Expect(employer.GetByText($"已向 {InvitedEmail} 重新发送邀请")).ToBeVisibleAsync();
        var (_, link) = await InvitationAsync();
        Assert.NotEqual(firstLink, link);
        var staff = await (await chromium.Browser.NewAppContextAsync(new BrowserNewContextOptions { BaseURL = app.RootUri.ToString(), ViewportSize = new ViewportSize { Width = 390, Height = 844 } })).NewPageAsync();
        await staff.GotoAsync(link, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await staff.TakeAsync("93-staff-invitation-phone");
        await staff.GetByLabel("新密码").FillAsync(InvitedPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "设置密码" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("密码已设置，邮箱已确认。");
        await staff.SignInAsync(InvitedEmail, InvitedPassword);

        await staff.GoToInteractiveAsync($"/applications/{applicationId}");
        var filedData = staff.Locator("[data-testid=staff-filed-data]");
        await Assertions.Expect(filedData).ToContainTextAsync("青浦区示范计量有限公司");
        await Assertions.Expect(filedData).ToContainTextAsync(IdNumber("31011819920714432"));
        await Assertions.Expect(filedData).ToContainTextAsync("ZG-2026-0711");
        await staff.TakeAsync("94-staff-case-to-confirm-phone");
        await staff.GetByText("我确认以上信息真实准确").ClickAsync();
        await staff.Locator("[data-testid=staff-confirm]").ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=staff-confirmed]")).ToBeVisibleAsync();

        await staff.GetByRole(AriaRole.Link, new() { Name = "继续填写" }).ClickAsync();
        await staff.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(staff.Locator("#personName")).ToHaveValueAsync("钱职工");
        await staff.Locator("#phone").FillAsync("13900000001");
        await staff.Locator("[data-testid=next]").ClickAsync();
        await staff.Locator("#employerAddress").FillAsync("上海市青浦区华新镇");
        await staff.Locator("[data-testid=next]").ClickAsync();
        await staff.Locator("#projects").FillAsync("长度计量");
        await staff.Locator("#certificateNumber").FillAsync("JL-LOCAL-0901");
        await staff.SelectAsync("certificateIssuer", "上海市青浦区市场监督管理局");
        await staff.Locator("[data-testid=next]").ClickAsync();
        foreach (var kind in DocumentKinds)
        {
            await staff.ChooseFileAsync($"#upload-{kind}", SignedInPages.Pdf(kind));
            await Assertions.Expect(staff.Locator($"[data-kind={kind}] [data-testid=uploaded]")).ToBeVisibleAsync();
        }
        await staff.Locator("[data-testid=next]").ClickAsync();
        await staff.Locator("[data-testid=submit]").ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=status]")).ToContainTextAsync("审核中");
        await staff.TakeAsync("95-staff-submitted-phone");

        await employer.GoToInteractiveAsync("/employer");
        await Assertions.Expect(cases.Filter(new() { HasText = "李四" }).Locator("[data-testid=staff-stage]")).ToHaveTextAsync("待本人确认");
        await Assertions.Expect(cases.Filter(new() { HasText = "钱职工" }).Locator("[data-testid=staff-stage]")).ToHaveTextAsync("审核中");
        await Assertions.Expect(cases.Filter(new() { HasText = "钱职工" }).Locator("[data-testid=resend-invitation]")).ToHaveCountAsync(0);
        await employer.TakeAsync("96-employer-follows-both");

        await employer.SetViewportSizeAsync(390, 844);
        await employer.TakeAsync("97-employer-cases-phone");
        await employer.GoToInteractiveAsync("/employer/batch");
        await employer.TakeAsync("98-employer-batch-phone");

        await employer.GoToInteractiveAsync("/employer");
        await employer.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(cases.Filter(new() { HasText = "李四" }).Locator("[data-testid=staff-stage]")).ToHaveTextAsync("Awaiting the staff member's confirmation");
        await employer.TakeAsync("99-employer-cases-phone-en");
        await employer.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
    }

    private static async Task FillRowAsync(IPage page, int row, string name, string idNumber, string email)
    {
        await page.Locator($"#staff-{row}-name").FillAsync(name);
        await page.Locator($"#staff-{row}-id").FillAsync(idNumber);
        await page.Locator($"#staff-{row}-email").FillAsync(email);
        await page.Locator($"#staff-{row}-qualification").FillAsync($"ZG-2026-07{row}1");
    }

    /// <summary>
    /// The invited staff member's case and the link their latest invitation carries (the <c>staff-filing</c> mail, or the
    /// invitation the employer sent again), as the outbox holds it (the browser host runs no Hangfire server): the path
    /// and query under the public base URL.
    /// </summary>
    private async Task<(string ApplicationId, string Link)> InvitationAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var id = await db.Applications.AsNoTracking().Where(a => a.ApplicantEmail == InvitedEmail).Select(a => a.Id).SingleAsync();
        var payload = await db.Outbox.AsNoTracking()
            .Where(o => o.DeduplicationKey == "staff-filing:" + id || o.DeduplicationKey!.StartsWith("staff-invitation:" + id + ":"))
            .OrderByDescending(o => o.Id).Select(o => o.PayloadJson).FirstAsync();
        var mail = System.Text.Json.JsonSerializer.Deserialize<Approvals.Workflows.Runtime.EmailRequested>(payload, WorkflowStateJson.Options)!;
        var rendered = Approvals.Infrastructure.Mail.MailTemplates.Render(mail.Template!, mail.Culture, mail.Model ?? []);
        var link = AcceptLink().Match(rendered.Text).Value;
        Assert.StartsWith(BrowserAppFactory.PublicBaseUrl + "account/accept-invitation?", link, StringComparison.Ordinal);
        return (id, new Uri(link).PathAndQuery);
    }

    [GeneratedRegex(@"https?://\S+accept-invitation\S+")]
    private static partial Regex AcceptLink();
}
