using System.Net;
using System.Text.Json.Nodes;
using Approvals.Core.Registry;
using Approvals.Testing;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// Documents are issued with the step they stem from, not when someone first looks: their numbers follow the events,
/// every correction round keeps its notice, and the change, cancellation and revocation decisions and the revocation
/// notice are documents too — on each database provider.
/// </summary>
public abstract class StepDocumentTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private readonly Cases _cases = new(factory);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task Acceptance_notices_are_numbered_in_the_order_the_cases_were_accepted_even_when_the_later_one_is_viewed_first()
    {
        var (firstClient, first, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-order-first"), Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 2, Wujiang, "JL-ORD-0001"), Cases.InitialDocuments);
        var (secondClient, second, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-order-second"), Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 2, Wujiang, "JL-ORD-0002"), Cases.InitialDocuments);

        var secondNotice = Assert.Single(await ListAsync(secondClient, second), d => d["kind"].Str() == "AcceptanceNotice");
        var firstNotice = Assert.Single(await ListAsync(firstClient, first), d => d["kind"].Str() == "AcceptanceNotice");

        Assert.True(string.CompareOrdinal(firstNotice["number"].Str(), secondNotice["number"].Str()) < 0,
            $"{firstNotice["number"].Str()} should come before {secondNotice["number"].Str()}");
    }

    [SkippableFact]
    public async Task Every_correction_round_keeps_its_own_numbered_notice_with_its_items_even_when_nobody_opened_it()
    {
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("docs-two-rounds"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-RND-0001"), "ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard");
        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        Assert.Equal(2, submitted["findings"]!.AsArray().Count);

        await (await client.PostAsync($"/api/applications/{id}/documents", Files.Upload("Photo", SampleDocuments.Pdf(), "photo.pdf"))).ReadAsync(HttpStatusCode.Created);
        var resubmitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);
        Assert.Equal("AwaitingCorrections", Cases.Status(resubmitted));

        var notices = (await ListAsync(client, id)).Where(d => d["kind"].Str() == "CorrectionNotice").ToList();
        Assert.Equal(2, notices.Count);
        Assert.NotEqual(notices[0]["number"].Str(), notices[1]["number"].Str());
        var firstRound = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, notices[0]))).Text;
        var secondRound = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, notices[1]))).Text;
        var photoMissing = Flat(submitted["findings"]!.AsArray().Single(f => f!["document"].Str() == "Photo")!["message"]!["zhCn"].Str());
        var proofMissing = Flat(submitted["findings"]!.AsArray().Single(f => f!["document"].Str() == "EmploymentProof")!["message"]!["zhCn"].Str());
        Assert.Contains(photoMissing, Flat(firstRound), StringComparison.Ordinal);
        Assert.Contains(proofMissing, Flat(firstRound), StringComparison.Ordinal);
        Assert.DoesNotContain(photoMissing, Flat(secondRound), StringComparison.Ordinal);
        Assert.Contains(proofMissing, Flat(secondRound), StringComparison.Ordinal);
        foreach (var text in new[] { firstRound, secondRound })
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(text, @"请于20\d\d年\d{1,2}月\d{1,2}日 ?\d\d:\d\d前"), text);
    }

    [SkippableFact]
    public async Task A_refused_first_registration_s_decision_carries_no_QR_code()
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-no-qr"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-NQR-0001"), Cases.InitialDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("docs-no-qr-reviewer", Qingpu), id, "review", "Reject", "项目与资格不符")).EnsureSuccessStatusCode();

        var decision = Assert.Single(await ListAsync(client, id), d => d["kind"].Str() == "Decision");
        var pdf = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, decision)));

        Assert.Contains("不予注册决定书", pdf.Text, StringComparison.Ordinal);
        Assert.Equal(0, pdf.Images);
        Assert.DoesNotContain("check?number=", pdf.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_change_s_decision_names_the_change_granted_or_refused_and_a_refusal_checks_the_registration()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(factory, idNumber, "葛青", MetrologistLevel.Level2, Qingpu, 2021, 900);
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-change"), Change("葛青", idNumber, number), "ApplicationForm", "EmploymentProof");
        (await _cases.DecideAsync(TestUser.Reviewer("docs-change-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        var idNumber2 = People.NewIdNumber();
        var number2 = await RegistryRecords.RegisterAsync(factory, idNumber2, "葛兰", MetrologistLevel.Level2, Qingpu, 2021, 900);
        var (client2, id2, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-change-refused"), Change("葛兰", idNumber2, number2), "ApplicationForm", "EmploymentProof");
        (await _cases.DecideAsync(TestUser.Reviewer("docs-change-refuser", Qingpu), id2, "review", "Reject", "劳动合同未盖章")).EnsureSuccessStatusCode();

        var granted = await DecisionAsync(client, id);
        var refused = await DecisionAsync(client2, id2);

        Assert.Contains("准予变更注册决定书", granted.Text, StringComparison.Ordinal);
        Assert.Contains($"check?number={number}", granted.Text, StringComparison.Ordinal);
        Assert.Contains("不予变更注册决定书", refused.Text, StringComparison.Ordinal);
        Assert.Contains("劳动合同未盖章", refused.Text, StringComparison.Ordinal);
        Assert.Contains($"check?number={number2}", refused.Text, StringComparison.Ordinal);
        Assert.Equal(1, refused.Images);
    }

    [SkippableFact]
    public async Task A_cancellation_s_decision_names_the_cancellation_granted_or_refused()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(factory, idNumber, "冯远", MetrologistLevel.Level2, Qingpu, 2020, 700);
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-cancel"), Cancellation(idNumber, "冯远", number), "ApplicationForm");
        (await _cases.DecideAsync(TestUser.Reviewer("docs-cancel-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        var idNumber2 = People.NewIdNumber();
        var number2 = await RegistryRecords.RegisterAsync(factory, idNumber2, "冯近", MetrologistLevel.Level2, Qingpu, 2020, 700);
        var (client2, id2, _) = await _cases.SubmitAsync(TestUser.Applicant("docs-cancel-refused"), Cancellation(idNumber2, "冯近", number2), "ApplicationForm");
        (await _cases.DecideAsync(TestUser.Reviewer("docs-cancel-refuser", Qingpu), id2, "review", "Reject", "仍有在办的检定项目。")).EnsureSuccessStatusCode();

        var granted = await DecisionAsync(client, id);
        var refused = await DecisionAsync(client2, id2);

        Assert.Contains("准予注销注册决定书", granted.Text, StringComparison.Ordinal);
        Assert.Contains($"check?number={number}", granted.Text, StringComparison.Ordinal);
        Assert.Contains("不予注销注册决定书", refused.Text, StringComparison.Ordinal);
        Assert.Contains("仍有在办的检定项目。", refused.Text, StringComparison.Ordinal);
        Assert.Contains("申请行政复议", refused.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_revocation_issues_its_notice_with_facts_intended_decision_and_deadline_then_its_decision_revoked_or_not()
    {
        var holder = TestUser.Applicant("docs-revoked-holder");
        var number = await HolderRegistrations.RegisterAsync(factory, holder, People.NewIdNumber(), "严正", Qingpu, 2020);
        var id = await StartRevocationAsync(number, "以欺骗手段取得注册：提交的劳动合同系伪造。");
        var holderClient = factory.ClientFor(holder);

        var notice = Assert.Single(await ListAsync(holderClient, id), d => d["kind"].Str() == "RevocationNotice");
        var noticeText = OfficialPdf.Read(await holderClient.GetByteArrayAsync(Link(id, notice))).Text;
        Assert.Matches($"^GZ-{Qingpu}-", notice["number"].Str());
        Assert.Contains("撤销注册告知书", noticeText, StringComparison.Ordinal);
        Assert.Contains("劳动合同系伪造", noticeText, StringComparison.Ordinal);
        Assert.Contains("拟作出的决定", noticeText, StringComparison.Ordinal);
        Assert.Contains("陈述和申辩", noticeText, StringComparison.Ordinal);
        Assert.Contains(number, noticeText, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(noticeText, @"请于20\d\d年\d{1,2}月\d{1,2}日 ?\d\d:\d\d前"), noticeText);

        await (await holderClient.PostAsync($"/api/applications/{id}/statement", HolderRegistrations.Statement("合同真实有效。"))).ReadAsync(HttpStatusCode.OK);
        (await _cases.DecideAsync(TestUser.Reviewer("docs-revoke-first", Qingpu), id, "decide", "Revoke", "经核实合同系伪造。")).EnsureSuccessStatusCode();
        (await _cases.DecideAsync(TestUser.Reviewer("docs-revoke-second", Qingpu), id, "second", "Approve")).EnsureSuccessStatusCode();
        var revoked = await DecisionAsync(holderClient, id);
        Assert.Contains("撤销注册决定书", revoked.Text, StringComparison.Ordinal);
        Assert.Contains("第六十九条", revoked.Text, StringComparison.Ordinal);
        Assert.Contains($"check?number={number}", revoked.Text, StringComparison.Ordinal);

        var keeper = TestUser.Applicant("docs-kept-holder");
        var kept = await HolderRegistrations.RegisterAsync(factory, keeper, People.NewIdNumber(), "严明", Qingpu, 2020);
        var dropped = await StartRevocationAsync(kept, "涉嫌伪造学历。");
        await (await factory.ClientFor(keeper).PostAsync($"/api/applications/{dropped}/statement", HolderRegistrations.Statement("学历经学信网可查。"))).ReadAsync(HttpStatusCode.OK);
        (await _cases.DecideAsync(TestUser.Reviewer("docs-revoke-dropper", Qingpu), dropped, "decide", "NotRevoke", "学历经核实属实。")).EnsureSuccessStatusCode();
        var notRevoked = await DecisionAsync(factory.ClientFor(keeper), dropped);
        Assert.Contains("不予撤销注册决定书", notRevoked.Text, StringComparison.Ordinal);
        Assert.Contains("学历经核实属实。", notRevoked.Text, StringComparison.Ordinal);
    }

    private static string Flat(string text) => text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    private async Task<OfficialPdf> DecisionAsync(HttpClient client, string id)
    {
        var decision = Assert.Single(await ListAsync(client, id), d => d["kind"].Str() == "Decision");
        var pdf = OfficialPdf.Read(await client.GetByteArrayAsync(Link(id, decision)));
        pdf.AssertSetInTheEmbeddedFont();
        return pdf;
    }

    private async Task<string> StartRevocationAsync(string number, string reason)
    {
        var regulator = new TestUser("docs-qp-regulator", "docs-qp-regulator@bureau.test", "Regulator", Qingpu);
        var started = await (await factory.ClientFor(regulator).PostAsync($"/api/registry/registrations/{number}/revocation",
            HolderRegistrations.BureauRequest(reason))).ReadAsync(HttpStatusCode.Created);
        return started["summary"]!["id"].Str();
    }

    private static Dictionary<string, object?> Change(string name, string idNumber, string registrationNumber) => new()
    {
        ["type"] = "Change", ["personName"] = name, ["idNumber"] = idNumber, ["employerName"] = "示范区文书测试有限公司",
        ["employerCreditCode"] = People.CreditCode(Qingpu), ["employerDistrictCode"] = Qingpu, ["registrationNumber"] = registrationNumber,
    };

    private static object Cancellation(string idNumber, string name, string number) => new
    {
        type = "Cancellation", personName = name, idNumber, registrationNumber = number, reason = "本人已退休，申请注销注册。",
    };

    private static async Task<IReadOnlyList<JsonNode>> ListAsync(HttpClient client, string id) =>
        (await client.GetJsonAsync($"/api/applications/{id}/official-documents")).AsArray().Select(d => d!).ToList();

    private static string Link(string id, JsonNode document) => $"/api/applications/{id}/official-documents/{Uri.EscapeDataString(document["number"].Str())}";
}

public sealed class SqliteStepDocumentTests(MetrologyApiFactory factory) : StepDocumentTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlStepDocumentTests(PostgreSqlMetrologyApiFactory factory) : StepDocumentTests<PostgreSqlMetrologyApiFactory>(factory);
