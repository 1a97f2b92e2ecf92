using System.Net;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

/// <summary>The numbered notices, decisions and certificates of a case, as its applicant and reviewers download them, on each database provider.</summary>
public abstract class OfficialDocumentTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private const string Jiashan = "330421";
    private readonly Cases _cases = new(factory);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task An_approved_registration_issues_an_acceptance_notice_a_decision_and_a_certificate_each_numbered_and_kept_as_issued()
    {
        var idNumber = People.NewIdNumber();
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-approved"), Cases.InitialRegistration(idNumber, Qingpu, 2, Qingpu, "JL-DOC-0001", name: "林晓"), Cases.InitialDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("docs-qp-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        var registration = (await _cases.GetAsync(client, id))["summary"]!["issuedNumber"].Str();

        var listed = await ListAsync(client, id);

        Assert.Equal(["AcceptanceNotice", "Decision", "RegistrationCertificate"], listed.Select(d => d["kind"].Str()));
        Assert.Matches($"^SL-{Qingpu}-20\\d\\d-\\d{{5}}$", listed[0]["number"].Str());
        Assert.Matches($"^JD-{Qingpu}-20\\d\\d-\\d{{5}}$", listed[1]["number"].Str());
        Assert.Equal(registration, listed[2]["number"].Str());
        var masked = idNumber[..4] + "**********" + idNumber[^4..];
        foreach (var (document, title) in listed.Zip(new[] { "受理通知书", "准予注册决定书", "注册计量师注册证书" }))
        {
            var pdf = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, document)));
            pdf.AssertSetInTheEmbeddedFont();
            Assert.Contains(title, pdf.Text, StringComparison.Ordinal);
            Assert.Contains(document["number"].Str(), pdf.Text, StringComparison.Ordinal);
            Assert.Contains("上海市青浦区市场监督管理局", pdf.Text, StringComparison.Ordinal);
            Assert.Contains("《中华人民共和国行政许可法》第三十", pdf.Text, StringComparison.Ordinal);
            Assert.Contains(masked, pdf.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(idNumber, pdf.Text, StringComparison.Ordinal);
        }
        Assert.Contains("经审查，林晓符合规定条件，准予注册，特发此证。", PdfText.Of(await client.GetByteArrayAsync(Link(id, listed[2]))), StringComparison.Ordinal);
        var again = await ListAsync(client, id);
        Assert.Equal(listed.Select(d => d["number"].Str()), again.Select(d => d["number"].Str()));
        Assert.Equal(PdfText.Of(await client.GetByteArrayAsync(Link(id, listed[1]))), PdfText.Of(await client.GetByteArrayAsync(Link(id, again[1]))));
    }

    [SkippableFact]
    public async Task The_decision_and_the_certificate_carry_a_QR_code_and_the_link_to_the_public_check_of_their_registration()
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-qr"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-DOC-0002", name: "蒋一"), Cases.InitialDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("docs-qr-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        var listed = await ListAsync(client, id);
        var registration = listed[2]["number"].Str();

        var acceptance = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, listed[0])));
        var decision = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, listed[1])));
        var certificate = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, listed[2])));

        Assert.Equal(0, acceptance.Images);
        foreach (var pdf in new[] { decision, certificate })
        {
            Assert.Equal(1, pdf.Images);
            Assert.Contains($"{ApiFactory.PublicBaseUrl}check?number={registration}", pdf.Text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task The_QR_codes_of_the_decision_and_the_certificate_open_the_public_check_of_their_registration_which_answers_for_it()
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-qr-scan"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-DOC-0012", name: "蒋二"), Cases.InitialDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("docs-qr-scan-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        var listed = await ListAsync(client, id);
        var registration = listed[2]["number"].Str();
        var anyone = factory.CreateClient();

        foreach (var document in new[] { listed[1], listed[2] })
        {
            var scanned = new Uri(PdfQrCode.Decode(await client.GetByteArrayAsync(Link(id, document))));

            Assert.Equal(new Uri($"{ApiFactory.PublicBaseUrl}check?number={registration}"), scanned);
            var page = await anyone.GetAsync(scanned.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains($"value=\"{registration}\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var number = System.Web.HttpUtility.ParseQueryString(scanned.Query)["number"];
            var answer = await anyone.GetJsonAsync($"/api/registry/check?number={Uri.EscapeDataString(number!)}&name=蒋二");
            Assert.Equal((true, Qingpu), (answer["valid"]!.GetValue<bool>(), answer["districtCode"].Str()));
        }
    }

    [SkippableFact]
    public async Task A_refused_registration_s_decision_states_the_reason_and_where_and_how_long_to_appeal()
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-rejected"), Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 2, Wujiang, "JL-DOC-0003"), Cases.InitialDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("docs-wj-reviewer", Wujiang), id, "review", "Reject", "项目与资格不符")).EnsureSuccessStatusCode();

        var decision = Assert.Single(await ListAsync(client, id), d => d["kind"].Str() == "Decision");
        var pdf = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, decision)));

        Assert.Contains("不予注册决定书", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("项目与资格不符", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("苏州市吴江区市场监督管理局", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("六十日内向苏州市吴江区人民政府申请行政复议", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("六个月内", pdf.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_correction_notice_lists_every_missing_item_and_the_deadline()
    {
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("docs-corrections"),
            Cases.InitialRegistration(People.NewIdNumber(), Jiashan, 2, Jiashan, "JL-DOC-0004"), "ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard");
        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));

        var notice = Assert.Single(await ListAsync(client, id), d => d["kind"].Str() == "CorrectionNotice");
        var pdf = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, notice)));

        Assert.Matches($"^BZ-{Jiashan}-", notice["number"].Str());
        Assert.Contains("补正材料通知书", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("第三十二条第一款第（四）项", pdf.Text, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(pdf.Text, @"请于20\d\d年\d{1,2}月\d{1,2}日 ?\d\d:\d\d前"), pdf.Text);
        foreach (var message in submitted["findings"]!.AsArray().Select(f => f!["message"]!["zhCn"].Str()))
            Assert.Contains(message.Replace(" ", ""), pdf.Text.Replace(" ", ""), StringComparison.Ordinal);
        Assert.Contains("1.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("2.", pdf.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_refusal_to_accept_states_the_reasons_the_legal_basis_and_the_appeal_channels()
    {
        var (district, name, idNumber, _, _) = Infrastructure.Metrology.Registry.DevelopmentRegistrySeed.People[1];
        var number = await factory.DatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number)));
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("docs-not-accepted"), Cases.Renewal(idNumber, name, district, number), Cases.RenewalDocuments);
        Assert.Equal("NotAccepted", Cases.Status(submitted));

        var refusal = Assert.Single(await ListAsync(client, id));
        var pdf = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, refusal)));

        Assert.Equal("RefusalToAccept", refusal["kind"].Str());
        Assert.Contains("不予受理决定书", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国行政许可法》第三十二条第一款", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("申请行政复议", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("提起行政诉讼", pdf.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Documents_are_for_the_applicant_and_the_district_s_reviewers_and_answer_404_to_anyone_else_or_another_case()
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-owner"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-DOC-0005"), Cases.InitialDocuments);
        var (otherClient, otherId, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-other"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-DOC-0006"), Cases.InitialDocuments);
        var acceptance = Assert.Single(await ListAsync(client, id));
        var otherAcceptance = Assert.Single(await ListAsync(otherClient, otherId));
        var link = Link(id, acceptance);

        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(TestUser.Reviewer("docs-qp-reader", Qingpu)).GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(TestUser.Reviewer("docs-js-reader", Jiashan)).GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(TestUser.Reviewer("docs-js-lister", Jiashan)).GetAsync($"/api/applications/{id}/official-documents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/applications/{id}/official-documents/{otherAcceptance["number"].Str()}")).StatusCode);
    }

    private static async Task<IReadOnlyList<JsonNode>> ListAsync(HttpClient client, string id) =>
        (await client.GetJsonAsync($"/api/applications/{id}/official-documents")).AsArray().Select(d => d!).ToList();

    private static string Link(string id, JsonNode document) => $"/api/applications/{id}/official-documents/{Uri.EscapeDataString(document["number"].Str())}";
}

public sealed class SqliteOfficialDocumentTests(MetrologyApiFactory factory) : OfficialDocumentTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlOfficialDocumentTests(PostgreSqlMetrologyApiFactory factory) : OfficialDocumentTests<PostgreSqlMetrologyApiFactory>(factory);
