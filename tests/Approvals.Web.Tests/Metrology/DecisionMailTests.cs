using Approvals.Core.Applications;
using Microsoft.EntityFrameworkCore;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Web.Tests.Support;
using MimeKit;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// The procedures' mail rendered from the zh-CN / en templates in the applicant's language and delivered to the
/// pickup folder (the host has no SMTP server configured), as the applicant receives it.
/// </summary>
public sealed class DecisionMailTests : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private const string Jiashan = "330421";
    private const string Wujiang = "320509";
    private readonly MetrologyApiFactory _factory;
    private readonly Cases _cases;

    public DecisionMailTests(MetrologyApiFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<MimeMessage>> DeliveredToAsync(string address) => DeliveredMail.ToAsync(_factory, address);

    [Fact]
    public async Task An_approved_registration_mails_the_English_applicant_an_HTML_and_text_message_with_the_number_and_validity()
    {
        var applicant = TestUser.Applicant("mail-approved-en");
        var (client, id, _) = await _cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LOCAL-0101", name: "周婷", culture: "en"), Cases.InitialDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("mail-qp-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        var summary = (await _cases.GetAsync(client, id))["summary"]!;
        var number = summary["issuedNumber"].Str();
        var caseNumber = summary["caseNumber"].Str();

        await _cases.SendQueuedMailAsync(id);

        var delivered = await DeliveredToAsync(applicant.Email!);
        // The case is named by its readable number, never by its internal id.
        Assert.Matches(@"^SQ-310118-\d{4}-\d{6}$", caseNumber);
        var type = ApplicationType.InitialRegistration.DisplayName().En;
        Assert.Equal([$"Application accepted: {type} {caseNumber}", $"Registration granted: {number} ({type} {caseNumber})"], delivered.Select(m => m.Subject));
        // Each links to the case page, where its notice or decision is downloaded; beside that link the internal id appears nowhere.
        var caseLink = $"{ApiFactory.PublicBaseUrl}applications/{id}";
        Assert.All(delivered, m => Assert.Contains(caseLink, m.TextBody, StringComparison.Ordinal));
        Assert.All(delivered, m => Assert.DoesNotContain(id, (m.TextBody + m.HtmlBody).Replace(caseLink, "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains(caseNumber, delivered[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("Decided by: Qingpu District Administration for Market Regulation (上海市青浦区市场监督管理局)", delivered[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("Legal basis: Article 38 of the Administrative Licensing Law", delivered[1].HtmlBody, StringComparison.Ordinal);
        var approved = delivered[1];
        Assert.Contains(number, approved.TextBody, StringComparison.Ordinal);
        Assert.Contains(number, approved.HtmlBody, StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        Assert.Contains(Approvals.Text.ReadableDates.Date(today.AddYears(5).AddDays(-1)).En, approved.TextBody, StringComparison.Ordinal);
        Assert.Contains("20 working days", delivered[0].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_mails_the_reason_the_legal_basis_and_where_to_appeal_in_Chinese()
    {
        var applicant = TestUser.Applicant("mail-rejected-zh");
        var (_, id, _) = await _cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), Jiashan, 2, Jiashan, "JL-LOCAL-0102"), Cases.InitialDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("mail-js-reviewer", Jiashan), id, "review", "Reject", "注册项目与考核合格证不符")).EnsureSuccessStatusCode();

        await _cases.SendQueuedMailAsync(id);

        var refusal = (await DeliveredToAsync(applicant.Email!)).Single(m => (m.Subject ?? "").StartsWith("不予注册决定", StringComparison.Ordinal));
        Assert.Contains("注册项目与考核合格证不符", refusal.TextBody, StringComparison.Ordinal);
        Assert.Contains("注册计量师职业资格制度规定", refusal.TextBody, StringComparison.Ordinal);
        Assert.Contains("嘉兴市嘉善县人民政府", refusal.TextBody, StringComparison.Ordinal);
        Assert.Contains("嘉兴市嘉善县人民法院", refusal.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("决定机关：嘉善县市场监督管理局", refusal.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_request_mails_every_item_and_the_due_date()
    {
        var applicant = TestUser.Applicant("mail-corrections");
        var (_, id, _) = await _cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LOCAL-0103"), ["ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard"]);

        await _cases.SendQueuedMailAsync(id);

        var request = (await DeliveredToAsync(applicant.Email!)).Single(m => (m.Subject ?? "").StartsWith("请补正材料", StringComparison.Ordinal));
        // The missing documents by the names the wizard gives them, never the kinds' codes.
        Assert.Contains(DocumentKind.Photo.DisplayName().ZhCn, request.TextBody, StringComparison.Ordinal);
        Assert.Contains(DocumentKind.EmploymentProof.DisplayName().ZhCn, request.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo", request.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("EmploymentProof", request.TextBody, StringComparison.Ordinal);
        Assert.Matches(@"请于 \d{4}年\d{1,2}月\d{1,2}日 17:00 前", request.TextBody);
    }

    [Fact]
    public async Task A_granted_recognition_mails_the_recognition_number_and_what_it_recognises_not_a_registration()
    {
        var applicant = TestUser.Applicant("mail-recognised");
        var (_, name, idNumber, _, _) = DevelopmentRegistrySeed.People[0];
        var certificate = DevelopmentRegistrySeed.SeedCertificateNumber(Qingpu, 0);
        var (client, id, _) = await _cases.SubmitAsync(applicant,
            Cases.CertificateRecognition(idNumber, name, Wujiang, Qingpu, certificate), Cases.RecognitionDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("mail-wj-reviewer", Wujiang), id, "review", "Approve")).EnsureSuccessStatusCode();
        var number = (await _cases.GetAsync(client, id))["summary"]!["issuedNumber"].Str();

        await _cases.SendQueuedMailAsync(id);

        var granted = (await DeliveredToAsync(applicant.Email!)).Single(m => (m.Subject ?? "").StartsWith("准予证书互认", StringComparison.Ordinal));
        Assert.StartsWith($"准予证书互认：{number}（{ApplicationType.CertificateRecognition.DisplayName().ZhCn} SQ-", granted.Subject, StringComparison.Ordinal);
        Assert.Contains("决定机关：苏州市吴江区市场监督管理局", granted.TextBody, StringComparison.Ordinal);
        Assert.Contains($"被互认的注册或证书：{certificate}", granted.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("注册编号", granted.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verification_request_mails_the_reviewers_of_the_issuing_district_in_their_language()
    {
        var (_, id, _) = await _cases.SubmitAsync(TestUser.Applicant("mail-verification"),
            Cases.CertificateRecognition(People.NewIdNumber(), "钱程", Qingpu, Jiashan, "JS-OLD-4242"), Cases.RecognitionDocuments);

        await _cases.SendQueuedMailAsync(id);

        var caseNumber = await _factory.DatabaseAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.CaseNumber).SingleAsync());
        var request = Assert.Single(await DeliveredToAsync(MetrologyApiFactory.JiashanReviewerEmail));
        Assert.Equal($"Verification requested: {ApplicationType.CertificateRecognition.DisplayName().En} {caseNumber}", request.Subject);
        Assert.Contains(ApiFactory.PublicBaseUrl + "tasks", request.TextBody, StringComparison.Ordinal);
        Assert.Contains("Metrology project assessment certificate", request.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("ProjectAssessment", request.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("SQ-310118-", caseNumber, StringComparison.Ordinal);
        Assert.Contains("JS-OLD-4242", request.TextBody, StringComparison.Ordinal);
        Assert.Contains("Jiashan County", request.TextBody, StringComparison.Ordinal);
        Assert.Contains("Qingpu District asks you", request.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_granted_renewal_mails_a_renewal_decision_of_the_registrations_own_district()
    {
        var applicant = TestUser.Applicant("mail-renewed");
        var (district, name, idNumber, _, _) = DevelopmentRegistrySeed.People[2];
        var registration = await _factory.DatabaseAsync(db => db.Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number).SingleAsync());
        var (_, id, submitted) = await _cases.SubmitAsync(applicant, Cases.Renewal(idNumber, name, district, registration), Cases.RenewalDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("mail-renewal-reviewer", Wujiang), id, "review", "Approve")).EnsureSuccessStatusCode();

        await _cases.SendQueuedMailAsync(id);

        Assert.StartsWith($"SQ-{Wujiang}-", submitted["summary"]!["caseNumber"].Str(), StringComparison.Ordinal);
        var granted = (await DeliveredToAsync(applicant.Email!)).Single(m => (m.Subject ?? "").StartsWith("准予延续注册", StringComparison.Ordinal));
        Assert.Contains("已准予延续注册", granted.TextBody, StringComparison.Ordinal);
        Assert.Contains("行政许可法》第五十条", granted.TextBody, StringComparison.Ordinal);
        Assert.Contains("决定机关：苏州市吴江区市场监督管理局", granted.HtmlBody, StringComparison.Ordinal);
    }
}
