using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Browser.Tests.Support;
using Approvals.Core.Checks;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Approvals.UseCases.Instances;

namespace Approvals.Browser.Tests;

/// <summary>
/// The pages issue 11 changed, as applicants, regulators and the public see them: the art. 42 extension, the case
/// page (case number, decision, refusal to accept, automatic findings) and the public check (art. 50).
/// </summary>
public sealed class CasePagesTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Qingpu = "310118";
    private const string Applicant = "applicant@approvals.local";
    private static readonly string[] InitialDocuments = ["ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard", "Photo", "EmploymentProof"];
    private static readonly string[] RenewalDocuments = ["ApplicationForm", "RegistrationCertificate", "IdCard", "Photo", "EmploymentProof"];
    private static readonly Regex CaseNumber = new(@"SQ-310118-\d{4}-\d{6}");
    private static readonly Regex HexId = new("[0-9a-f]{32}");
    private static int _nextPerson = 500;

    private static string NewIdNumber()
    {
        var first17 = $"31011819900307{Interlocked.Increment(ref _nextPerson) % 1000:D3}";
        return first17 + ResidentIdNumber.ExpectedCheckCharacter(first17);
    }

    private static string CreditCode(string district)
    {
        var first17 = $"91{district}MA1TEHT00";
        return first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);
    }

    private static object InitialRegistration(string name) => new
    {
        type = "InitialRegistration",
        personName = name,
        idNumber = NewIdNumber(),
        phone = "13900000000",
        employerName = "青浦精密计量有限公司",
        employerCreditCode = CreditCode(Qingpu),
        employerDistrictCode = Qingpu,
        level = 2,
        qualificationCertificateNumber = "ZG-2026-0042",
        projects = new[] { "长度计量" },
        certificates = new[] { new { kind = "ProjectAssessment", number = "JL-LOCAL-0042", issuingDistrictCode = Qingpu, validUntil = DateOnly.FromDateTime(DateTime.Today.AddYears(2)) } },
    };

    /// <summary>Files and submits a case through the API as the seeded applicant; returns its id and the case as submitted.</summary>
    private async Task<(string Id, JsonObject Case)> SubmitAsync(object form, IEnumerable<string> documents)
    {
        var api = await app.ApiAsAsync(Applicant);
        var created = await api.PostAsJsonAsync("/api/applications", form);
        created.EnsureSuccessStatusCode();
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["summary"]!["id"]!;
        var submitted = await api.UploadAndSubmitAsync(id, documents);
        return (id, submitted);
    }

    private static string InstanceId(JsonObject @case) => (string)@case["instanceId"]!;

    private async Task<IPage> ApplicantCasePageAsync(string id)
    {
        var page = await chromium.Browser.SignInAsync(app, Applicant);
        await page.GoToInteractiveAsync($"/applications/{id}");
        return page;
    }

    [Fact]
    public async Task A_regulator_of_the_district_extends_once_with_a_reason_and_the_applicant_sees_the_new_due_date_while_another_district_sees_no_case()
    {
        var (id, @case) = await SubmitAsync(InitialRegistration("周延期"), InitialDocuments);
        var instanceId = InstanceId(@case);
        var applicant = await ApplicantCasePageAsync(id);
        var dueBefore = await applicant.Locator("[data-testid=statutory-due-on]").InnerTextAsync();

        var regulator = await chromium.Browser.SignInAsync(app, "regulator.qingpu@approvals.local");
        await regulator.GoToInteractiveAsync($"/instances/{instanceId}");
        // A second regulator has the same case open: the first extension wins, the second is told why not.
        var colleague = await regulator.Context.NewPageAsync();
        await colleague.GoToInteractiveAsync($"/instances/{instanceId}");

        await regulator.Locator("[data-testid=extend-limit]").ClickAsync();
        var dialog = regulator.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("第四十二条");
        await Assertions.Expect(dialog.Locator("[data-testid=extend-confirm]")).ToBeDisabledAsync();
        await regulator.TakeAsync("60-extension-dialog-reason-required");
        await dialog.GetByLabel("延长理由").FillAsync("需组织专家对项目考核证书进行现场核查。");
        // Enabled as the reason is typed, not only once the field is left.
        await Assertions.Expect(dialog.Locator("[data-testid=extend-confirm]")).ToBeEnabledAsync();
        await dialog.Locator("[data-testid=extend-confirm]").ClickAsync();
        await Assertions.Expect(regulator.GetByText("办理期限已延长，已告知申请人。")).ToBeVisibleAsync();
        await Assertions.Expect(regulator.Locator("[data-testid=statutory-clock]")).ToContainTextAsync("已延长 10 个工作日");
        await Assertions.Expect(regulator.Locator("[data-testid=extend-limit]")).ToHaveCountAsync(0);
        await regulator.TakeAsync("61-extension-done");

        await colleague.Locator("[data-testid=extend-limit]").ClickAsync();
        await colleague.GetByRole(AriaRole.Dialog).GetByLabel("延长理由").FillAsync("再次延长");
        await colleague.GetByRole(AriaRole.Dialog).Locator("[data-testid=extend-confirm]").ClickAsync();
        await Assertions.Expect(colleague.GetByText(new Regex("已经延长过一次，不能再次延长"))).ToBeVisibleAsync();
        await Assertions.Expect(colleague.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Assertions.Expect(colleague.Locator("[data-testid=extend-limit]")).ToHaveCountAsync(0);
        await colleague.TakeAsync("62-second-extension-refused");

        await applicant.GoToInteractiveAsync($"/applications/{id}");
        await Assertions.Expect(applicant.Locator("[data-testid=statutory-clock]")).ToContainTextAsync("共 30 个");
        var dueAfter = applicant.Locator("[data-testid=statutory-due-on]");
        await Assertions.Expect(dueAfter).ToHaveTextAsync(new Regex(@"应于 \d{4}年\d{1,2}月\d{1,2}日 前作出决定"));
        Assert.NotEqual(dueBefore, await dueAfter.InnerTextAsync()); // ten working days later (the limit above reads 30)
        await Assertions.Expect(applicant.Locator("[data-testid=timeline]")).ToContainTextAsync("办理期限延长 10 个工作日（《中华人民共和国行政许可法》第四十二条）。理由：需组织专家对项目考核证书进行现场核查。");
        await applicant.TakeAsync("63-applicant-sees-extension");

        var mail = await ExtensionMailAsync();
        Assert.Matches(CaseNumber, mail);
        Assert.DoesNotMatch(HexId, mail);

        var wujiang = await chromium.Browser.SignInAsync(app, "regulator.wujiang@approvals.local");
        await wujiang.GoToInteractiveAsync($"/instances/{instanceId}");
        await Assertions.Expect(wujiang.GetByRole(AriaRole.Heading, new() { Name = "找不到该流程实例" })).ToBeVisibleAsync();
        await Assertions.Expect(wujiang.Locator("[data-testid=extend-limit]")).ToHaveCountAsync(0);
        await wujiang.TakeAsync("64-other-district-cannot-see-case");
    }

    /// <summary>The extension notice as it was queued for the applicant, rendered as the sender renders it.</summary>
    private async Task<string> ExtensionMailAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var payload = await db.Outbox.AsNoTracking().Where(o => o.PayloadJson.Contains("limit-extended")).Select(o => o.PayloadJson).SingleAsync();
        var mail = System.Text.Json.JsonSerializer.Deserialize<Approvals.Workflows.Runtime.EmailRequested>(payload, WorkflowStateJson.Options)!;
        var rendered = Approvals.Infrastructure.Mail.MailTemplates.Render(mail.Template!, mail.Culture, mail.Model ?? []);
        return rendered.Subject + "\n" + rendered.Text;
    }

    [Fact]
    public async Task A_case_waiting_for_corrections_before_acceptance_offers_no_extension_because_its_limit_has_not_started()
    {
        var (_, @case) = await SubmitAsync(InitialRegistration("冯未受理"), InitialDocuments.Where(kind => kind != "Photo"));

        var regulator = await chromium.Browser.SignInAsync(app, "regulator.qingpu@approvals.local", Screen(1366, 900));
        await regulator.GoToInteractiveAsync($"/instances/{InstanceId(@case)}");

        await Assertions.Expect(regulator.Locator("[data-testid=statutory-clock]")).ToBeVisibleAsync();
        await Assertions.Expect(regulator.Locator("[data-testid=extend-limit]")).ToHaveCountAsync(0);
        await regulator.TakeAsync("74-instance-not-accepted-no-extension");
    }

    [Fact]
    public async Task After_a_correction_round_the_applicant_reads_the_automatic_findings_and_the_correction_notice_then_the_acceptance_with_its_date_on_a_desktop_and_a_phone()
    {
        var (id, _) = await SubmitAsync(InitialRegistration("钱补正"), InitialDocuments.Where(kind => kind != "IdCard"));
        var page = await chromium.Browser.SignInAsync(app, Applicant, Screen(1366, 900));
        // The switch to English is kept as the applicant's preference: the other tests of the class read Chinese.
        try
        {
            await page.GoToInteractiveAsync($"/applications/{id}");

            var request = page.Locator("[data-testid=correction-request]");
            await Assertions.Expect(request.Locator("[data-testid=automatic-findings]")).ToContainTextAsync("自动审查发现");
            await Assertions.Expect(request.Locator("[data-testid=automatic-findings]")).ToContainTextAsync("身份证");
            // The document is named once, by the finding itself.
            await Assertions.Expect(request.Locator("[data-testid=fix-target]")).ToHaveCountAsync(0);
            var notice = page.Locator("[data-testid=official-documents] [data-testid=official-document]", new() { HasText = "补正材料通知书" });
            await Assertions.Expect(notice).ToHaveCountAsync(1);
            var download = await page.APIRequest.GetAsync(new Uri(app.RootUri, await notice.Locator("a").GetAttributeAsync("href")).ToString());
            Assert.Equal("application/pdf", download.Headers["content-type"]);
            await Assertions.Expect(page.Locator("[data-testid=timeline] [data-status=Accepted]")).ToHaveCountAsync(0);
            await page.AssertNoSeriousViolationsAsync("the case awaiting corrections");
            await page.TakeAsync("75-correction-round-zh-1366");
            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(request.Locator("[data-testid=automatic-findings]")).ToContainTextAsync("Automatic check found");
            await Assertions.Expect(page.Locator("[data-testid=official-documents]")).ToContainTextAsync("Notice to correct application materials");
            await page.TakeAsync("76-correction-round-en-1366");

            await (await app.ApiAsAsync(Applicant)).UploadAndSubmitAsync(id, ["IdCard"]);

            await page.GoToInteractiveAsync($"/applications/{id}");
            var accepted = page.Locator("[data-testid=timeline] [data-status=Accepted]");
            await Assertions.Expect(accepted).ToContainTextAsync("Accepted");
            await Assertions.Expect(accepted).ToContainTextAsync(Approvals.Text.ReadableDates.Date(DateTimeOffset.UtcNow, System.Globalization.CultureInfo.GetCultureInfo("en")));
            await Assertions.Expect(accepted.Locator("[data-testid=clock-starts]")).ToContainTextAsync("runs from this day");
            await Assertions.Expect(page.Locator("[data-testid=correction-request]")).ToHaveCountAsync(0);
            await page.TakeAsync("77-accepted-after-correction-en-1366");
            await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
            await Assertions.Expect(accepted).ToContainTextAsync("已受理");
            await Assertions.Expect(accepted.Locator("[data-testid=step-document]")).ToContainTextAsync("受理通知书");
            await page.TakeAsync("78-accepted-after-correction-zh-1366");

            var phone = await chromium.Browser.SignInAsync(app, Applicant, Screen(390, 844));
            await phone.GoToInteractiveAsync($"/applications/{id}");
            var onPhone = phone.Locator("[data-testid=timeline] [data-status=Accepted]");
            await Assertions.Expect(onPhone).ToContainTextAsync("已受理");
            await Assertions.Expect(onPhone).ToContainTextAsync(Approvals.Text.ReadableDates.Date(DateTimeOffset.UtcNow, System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
            Assert.False(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the case page scrolls sideways on a phone");
            await phone.TakeAsync("79-accepted-after-correction-zh-390");
            await phone.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(onPhone).ToContainTextAsync("Accepted");
            Assert.False(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the English case page scrolls sideways on a phone");
            await phone.TakeAsync("80-accepted-after-correction-en-390");
        }
        finally
        {
            await page.GotoAsync(ChineseAgain);
        }
    }

    private const string ChineseAgain = "/culture?name=zh-CN&returnUrl=/";

    private static BrowserNewContextOptions Screen(int width, int height) => new() { ViewportSize = new ViewportSize { Width = width, Height = height } };

    [Fact]
    public async Task The_applicant_reads_the_case_number_everywhere_and_a_refusal_with_the_bureau_legal_basis_and_appeal_body_also_in_English()
    {
        var (id, @case) = await SubmitAsync(InitialRegistration("吴拒绝"), InitialDocuments);
        var reviewer = await app.ApiAsAsync("reviewer.qingpu@approvals.local");
        var task = (await reviewer.GetFromJsonAsync<JsonArray>($"/api/tasks?instanceId={InstanceId(@case)}"))!.First(t => (string)t!["activityId"]! == "review")!;
        (await reviewer.PostAsync($"/api/tasks/{task["id"]}/claim", null)).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { outcome = "Reject", comment = "项目考核证书与申请级别不符。" })).EnsureSuccessStatusCode();

        var page = await chromium.Browser.SignInAsync(app, Applicant);
        await page.GoToInteractiveAsync("/applications");
        var row = page.Locator("[data-testid=applications] tbody tr", new() { HasText = "吴拒绝" });
        await Assertions.Expect(row.Locator("[data-testid=case-number]")).ToHaveTextAsync(CaseNumber);
        await Assertions.Expect(page.Locator("[data-testid=applications]")).Not.ToContainTextAsync(new Regex("[0-9a-f]{32}"));
        await page.TakeAsync("65-applicant-list-case-numbers");
        var number = await row.Locator("[data-testid=case-number]").InnerTextAsync();

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("不予批准");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex(Regex.Escape(number)));
        await Assertions.Expect(page.Locator("[data-testid=case-number]")).ToContainTextAsync(number);
        var decision = page.Locator("[data-testid=decision]");
        await Assertions.Expect(decision).ToContainTextAsync("青浦区市场监督管理局");
        await Assertions.Expect(decision).ToContainTextAsync("行政许可法");
        await Assertions.Expect(decision).ToContainTextAsync("行政复议");
        await Assertions.Expect(page.Locator(".mud-main-content")).Not.ToContainTextAsync(HexId);
        await page.AssertNoSeriousViolationsAsync("the refused application");
        await page.TakeAsync("66-applicant-refusal-zh");

        // Opened from the list (the layout drawn for the list): the switch must still come back to this case.
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/applications/{id}$"));
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("Rejected");
        await Assertions.Expect(page.Locator("[data-testid=decision]")).ToContainTextAsync("Administrative Licensing Law");
        await Assertions.Expect(page.Locator("[data-testid=decision]")).ToContainTextAsync("reconsideration");
        await Assertions.Expect(page.Locator("[data-testid=case-number]")).ToContainTextAsync($"Case number: {number}");
        await page.TakeAsync("67-applicant-refusal-en");
        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("不予批准");
    }

    [Fact]
    public async Task A_refusal_to_accept_and_a_missing_document_read_as_the_automatic_checks_findings_never_as_a_reviewers_request()
    {
        var (_, name, idNumber, creditCode, employer) = DevelopmentRegistrySeed.People[1];
        var registration = await DatabaseAsync(db => db.Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number).SingleAsync());
        var (refusedId, _) = await SubmitAsync(new { type = "Renewal", personName = name, idNumber, employerName = employer, employerCreditCode = creditCode, employerDistrictCode = Qingpu, registrationNumber = registration }, RenewalDocuments);
        var (correctionId, _) = await SubmitAsync(InitialRegistration("郑补正"), InitialDocuments.Where(kind => kind != "IdCard"));

        var page = await ApplicantCasePageAsync(refusedId);
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("不予受理");
        var notAccepted = page.Locator("[data-testid=not-accepted]");
        await Assertions.Expect(notAccepted).ToContainTextAsync("不予受理");
        await Assertions.Expect(notAccepted.Locator("[data-testid=automatic-findings]")).ToContainTextAsync("自动审查发现");
        await Assertions.Expect(notAccepted.Locator("[data-testid=automatic-findings]")).ToContainTextAsync("延续");
        await Assertions.Expect(notAccepted).Not.ToContainTextAsync("审核人员");
        await page.TakeAsync("68-applicant-not-accepted");

        await page.GoToInteractiveAsync($"/applications/{correctionId}");
        var request = page.Locator("[data-testid=correction-request]");
        await Assertions.Expect(request.Locator("[data-testid=automatic-findings]")).ToContainTextAsync("自动审查发现");
        await Assertions.Expect(request.Locator("[data-testid=automatic-findings]")).ToContainTextAsync("身份证");
        await Assertions.Expect(request).Not.ToContainTextAsync("审核人员要求");
        await page.AssertNoSeriousViolationsAsync("the application awaiting corrections");
        await page.TakeAsync("69-applicant-automatic-findings");
    }

    [Fact]
    public async Task The_applicant_downloads_the_refusal_to_accept_from_the_case_page_and_a_QR_link_opens_the_check_with_the_number_filled_in()
    {
        var (_, name, idNumber, creditCode, employer) = DevelopmentRegistrySeed.People[1];
        var registration = await DatabaseAsync(db => db.Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number).SingleAsync());
        var (refusedId, _) = await SubmitAsync(new { type = "Renewal", personName = name, idNumber, employerName = employer, employerCreditCode = creditCode, employerDistrictCode = Qingpu, registrationNumber = registration }, RenewalDocuments);

        var page = await ApplicantCasePageAsync(refusedId);
        var documents = page.Locator("[data-testid=official-documents]");
        var refusal = documents.Locator("[data-testid=official-document]");
        await Assertions.Expect(refusal).ToHaveCountAsync(1);
        await Assertions.Expect(refusal).ToContainTextAsync("不予受理决定书");
        await Assertions.Expect(refusal).ToContainTextAsync(new Regex(@"BY-310118-\d{4}-\d{5}"));
        var href = await refusal.Locator("a").GetAttributeAsync("href");
        var download = await page.APIRequest.GetAsync(new Uri(app.RootUri, href!).ToString());
        Assert.Equal(200, download.Status);
        Assert.Equal("application/pdf", download.Headers["content-type"]);
        await page.AssertNoSeriousViolationsAsync("the case page with its documents");
        await page.TakeAsync("73-applicant-official-documents");

        await page.GotoAsync($"/check?number={Uri.EscapeDataString(registration)}");
        await Assertions.Expect(page.GetByLabel("注册编号")).ToHaveValueAsync(registration);
        await Assertions.Expect(page.GetByLabel("持证人姓名")).ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("[data-testid=check-not-found]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_reviewer_of_the_district_finds_the_case_s_notices_on_the_task_page_and_downloads_them()
    {
        var (_, @case) = await SubmitAsync(InitialRegistration("任文书"), InitialDocuments);
        var reviewer = await app.ApiAsAsync("reviewer.qingpu@approvals.local");
        var task = (await reviewer.GetFromJsonAsync<JsonArray>($"/api/tasks?instanceId={InstanceId(@case)}"))!.First(t => (string)t!["activityId"]! == "review")!;

        var page = await chromium.Browser.SignInAsync(app, "reviewer.qingpu@approvals.local");
        await page.GoToInteractiveAsync($"/tasks/{task["id"]}");

        var notice = page.Locator("[data-testid=official-documents] [data-testid=official-document]", new() { HasText = "受理通知书" });
        await Assertions.Expect(notice).ToContainTextAsync(new Regex(@"SL-310118-\d{4}-\d{5}"));
        await page.TakeAsync("68-reviewer-task-official-documents");
        var download = await reviewer.GetAsync(await notice.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        Assert.Equal("application/pdf", download.EnsureSuccessStatusCode().Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_public_check_shows_a_registration_past_its_end_with_a_renewal_filed_in_time_as_valid_pending_the_decision_in_both_languages()
    {
        var (_, name, idNumber, creditCode, employer) = DevelopmentRegistrySeed.People[0];
        var registration = await DatabaseAsync(db => db.Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number).SingleAsync());
        var (renewalId, _) = await SubmitAsync(new { type = "Renewal", personName = name, idNumber, employerName = employer, employerCreditCode = creditCode, employerDistrictCode = Qingpu, registrationNumber = registration }, RenewalDocuments);
        // Time passes: the registration ended yesterday; the renewal was filed three days before that and is undecided.
        var today = ZoneTime.Today(DateTimeOffset.UtcNow);
        await DatabaseAsync(async db =>
        {
            var record = await db.Registrations.SingleAsync(r => r.Number == registration);
            record.ValidTo = today.AddDays(-1);
            await db.Applications.Where(a => a.Id == renewalId).ExecuteUpdateAsync(s => s.SetProperty(a => a.SubmittedAt, DateTimeOffset.UtcNow.AddDays(-4)));
            return await db.SaveChangesAsync();
        });

        var context = await chromium.Browser.NewAppContextAsync(new BrowserNewContextOptions { BaseURL = app.RootUri.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/check");
        await page.GetByLabel("注册编号").FillAsync(registration);
        await page.GetByLabel("持证人姓名").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "查验" }).ClickAsync();
        var result = page.Locator("[data-testid=check-result]");
        await Assertions.Expect(page.Locator("[data-testid=check-validity]")).ToHaveTextAsync("有效（延续注册审查中，《行政许可法》第五十条）");
        await Assertions.Expect(result).ToContainTextAsync(Approvals.Text.ReadableDates.Date(today.AddDays(-1)).ZhCn);
        await Assertions.Expect(result.Locator("[data-testid=check-renewal-pending]")).ToContainTextAsync("继续有效");
        await page.AssertNoSeriousViolationsAsync("the public check");
        await page.TakeAsync("70-public-check-renewal-pending-zh");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=check-validity]")).ToHaveTextAsync("valid — renewal pending (art. 50)");
        await Assertions.Expect(page.Locator("[data-testid=check-renewal-pending]")).ToContainTextAsync("stays valid until the renewal is decided");
        await page.TakeAsync("71-public-check-renewal-pending-en");

        await page.GetByLabel("Holder's name").FillAsync("不是本人");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=check-not-found]")).ToContainTextAsync("No record matches");
        await page.TakeAsync("72-public-check-not-found-en");
    }

    private async Task<T> DatabaseAsync<T>(Func<ApprovalsDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>());
    }
}
