using System.Net;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>After the decision and around it: the certificate PDF, withdrawal, and recognition of a registration in another district.</summary>
public sealed class CaseLifecycleTests : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private const string Jiashan = "330421";
    private readonly MetrologyApiFactory _factory;
    private readonly Cases _cases;

    public CaseLifecycleTests(MetrologyApiFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpClient Client, string Id, string Number)> ApprovedAsync(TestUser applicant, string district, string name)
    {
        var (client, id, _) = await _cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), district, 2, district, "JL-LIFE-" + applicant.Id, name: name), Cases.InitialDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer(district + "-life-reviewer", district), id, "review", "Approve")).EnsureSuccessStatusCode();
        return (client, id, (await _cases.GetAsync(client, id))["summary"]!["issuedNumber"].Str());
    }

    [Fact]
    public async Task The_applicant_downloads_the_registration_certificate_as_a_PDF_with_its_number()
    {
        var (client, id, number) = await ApprovedAsync(TestUser.Applicant("certificate-applicant"), Qingpu, "吴小凤");

        var response = await client.GetAsync($"/api/applications/{id}/certificate.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{number}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("吴小凤", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_certificate_follows_the_document_access_rule_and_exists_only_once_approved()
    {
        var (_, id, _) = await ApprovedAsync(TestUser.Applicant("certificate-access"), Wujiang, "郑敏");
        var (draftClient, draftId) = await _cases.DraftAsync(TestUser.Applicant("certificate-draft"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LIFE-D"));

        Assert.Equal(HttpStatusCode.OK, (await _factory.ClientFor(TestUser.Reviewer("wj-cert-reviewer", Wujiang)).GetAsync($"/api/applications/{id}/certificate.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.ClientFor(TestUser.Reviewer("js-cert-reviewer", Jiashan)).GetAsync($"/api/applications/{id}/certificate.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.ClientFor(TestUser.Applicant("certificate-stranger")).GetAsync($"/api/applications/{id}/certificate.pdf")).StatusCode);
        var notYet = await draftClient.GetAsync($"/api/applications/{draftId}/certificate.pdf");
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Contains("批准后才有证书", (await notYet.ProblemAsync())["detail"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawing_a_case_in_review_cancels_its_task_and_a_second_withdrawal_is_a_conflict()
    {
        var applicant = TestUser.Applicant("withdraw-applicant");
        var (client, id, submitted) = await _cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), Jiashan, 2, Jiashan, "JL-LIFE-W1"), Cases.InitialDocuments);
        Assert.Equal("InReview", Cases.Status(submitted));

        var withdrawn = await client.PostJsonAsync($"/api/applications/{id}/withdraw", null);

        Assert.Equal("Withdrawn", Cases.Status(withdrawn));
        Assert.Equal("Withdrawn", Cases.Timeline(withdrawn)[^1]);
        var reviewer = _factory.ClientFor(TestUser.Reviewer("js-withdraw-reviewer", Jiashan));
        Assert.Empty(await reviewer.TasksAsync(withdrawn["instanceId"].Str(), "Open"));
        var again = await client.PostAsync($"/api/applications/{id}/withdraw", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("“已撤回”", (await again.ProblemAsync())["detail"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decided_case_cannot_be_withdrawn_and_only_its_applicant_may_withdraw_one()
    {
        var (client, id, _) = await ApprovedAsync(TestUser.Applicant("withdraw-approved"), Qingpu, "冯强");
        var (_, draftId) = await _cases.DraftAsync(TestUser.Applicant("withdraw-owner"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LIFE-W2"));

        var approved = await client.PostAsync($"/api/applications/{id}/withdraw", null);
        Assert.Equal(HttpStatusCode.Conflict, approved.StatusCode);
        Assert.Contains("“已批准”", (await approved.ProblemAsync())["detail"].Str(), StringComparison.Ordinal);
        Assert.Equal("Approved", Cases.Status(await _cases.GetAsync(client, id)));
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.ClientFor(TestUser.Applicant("withdraw-stranger")).PostAsync($"/api/applications/{draftId}/withdraw", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _factory.ClientFor(TestUser.Reviewer("qp-withdraw-reviewer", Qingpu)).PostAsync($"/api/applications/{draftId}/withdraw", null)).StatusCode);
    }

    [Fact]
    public async Task A_level_1_registration_from_Qingpu_is_recognised_in_Jiashan_from_the_registry_after_two_approvals()
    {
        var (district, name, idNumber, _, _) = DevelopmentRegistrySeed.People[1];
        Assert.Equal(Qingpu, district);
        var registration = await _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Person!.IdNumber == idNumber));
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("recognition-applicant"), new
        {
            type = "RegistrationRecognition",
            personName = name,
            idNumber,
            employerName = "嘉善互认测试计量有限公司",
            employerCreditCode = People.CreditCode(Jiashan),
            employerDistrictCode = Jiashan,
            registrationNumber = registration.Number,
        }, "RegistrationCertificate", "EmploymentContract");

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Empty(submitted["verifications"]!.AsArray());
        Assert.True(await _factory.DatabaseAsync(db => db.RegistryReadLog.AnyAsync(r => r.RecordNumber == registration.Number && r.Found)));
        (await _cases.DecideAsync(TestUser.Reviewer("js-first-reviewer", Jiashan), id, "review", "Approve")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await _cases.CompleteByIdAsync(TestUser.Reviewer("js-first-reviewer", Jiashan), id, "second", "Approve")).StatusCode);
        (await _cases.DecideAsync(TestUser.Reviewer("js-second-reviewer", Jiashan), id, "second", "Approve")).EnsureSuccessStatusCode();

        var decided = await _cases.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        var number = decided["summary"]!["issuedNumber"].Str();
        Assert.StartsWith($"CSJ-M1-{Jiashan}-", number);
        var recognition = await _factory.DatabaseAsync(db => db.Recognitions.AsNoTracking().SingleAsync(r => r.Number == number));
        Assert.Equal((registration.Number, Qingpu, Jiashan), (recognition.RecognisedNumber, recognition.OriginDistrictCode, recognition.DistrictCode));
        var check = await _factory.CreateClient().GetJsonAsync($"/api/registry/check?number={number}&name={name}");
        Assert.True(check["valid"]!.GetValue<bool>());
        var certificate = PdfText.Of(await client.GetByteArrayAsync($"/api/applications/{id}/certificate.pdf"));
        Assert.Contains(registration.Number, certificate, StringComparison.Ordinal);
    }
}
