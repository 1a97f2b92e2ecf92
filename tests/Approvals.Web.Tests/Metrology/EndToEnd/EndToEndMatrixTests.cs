using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology.EndToEnd;

/// <summary>
/// Issue 11's "done when": each of the four application types through the API, from submission to what the applicant
/// and the reviewer see afterwards. Paths shared by several types are theories over those types; a path a type does
/// not have is stated as such in its own test.
/// </summary>
public sealed class EndToEndMatrixTests : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private readonly MetrologyApiFactory _factory;
    private readonly CaseDriver _drive;

    public EndToEndMatrixTests(MetrologyApiFactory factory)
    {
        _factory = factory;
        _drive = new CaseDriver(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> AllTypes => new() { "InitialRegistration", "Renewal", "RegistrationRecognition", "CertificateRecognition" };

    public static TheoryData<string> TypesWithALevel => new() { "InitialRegistration", "Renewal", "RegistrationRecognition" };

    public static TheoryData<string> TypesVerifiedByAnotherDistrict => new() { "InitialRegistration", "CertificateRecognition" };

    public static TheoryData<string> TypesConfirmedFromTheRegistryAlone => new() { "Renewal", "RegistrationRecognition" };

    public static TheoryData<string, string, string> VerificationResultsAndDecisions
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var type in new[] { "InitialRegistration", "CertificateRecognition" })
                foreach (var result in new[] { "NotFound", "Denied", "TimedOut" })
                    foreach (var decision in new[] { "Approve", "Reject" })
                        data.Add(type, result, decision);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public async Task A_complete_application_is_accepted_on_its_own_timeline_entry_approved_by_one_reviewer_and_then_passes_the_public_check(string type)
    {
        var kind = CaseKind.Of(type);
        var filed = await kind.ValidAsync(_factory, level: 2, "JS-E2E-A" + type[..4]);

        var (client, id, submitted) = await _drive.SubmitAsync("e2e-approve-" + type, filed);
        if (Cases.Status(submitted) == "AwaitingVerification")
            await _drive.AnswerAsync(id, "Confirmed", null);
        await _drive.DecideAsync("e2e-qp-one", id, "review", "Approve");

        var decided = await _drive.GetAsync(client, id);
        var caseNumber = decided["summary"]!["caseNumber"].Str();
        var issued = decided["summary"]!["issuedNumber"].Str();
        Assert.Equal("Approved", Cases.Status(decided));
        Assert.Matches($@"^SQ-{CaseKind.Qingpu}-\d{{4}}-\d{{6}}$", caseNumber);
        Assert.StartsWith(kind.IssuedPrefix(2), issued, StringComparison.Ordinal);
        string[] verified = kind.IsVerifiedBeforeReview ? ["AwaitingVerification"] : [];
        Assert.Equal(["Draft", "Submitted", "Accepted", .. verified, "InReview", "Approved"], Cases.Timeline(decided));
        Assert.Equal(["e2e-qp-one"], decided["decisions"].Strings("decidedBy"));
        Assert.Equal(kind.GrantText, decided["decision"]!["decision"]!["zhCn"].Str());
        var subjects = await _drive.SubjectsAsync(id);
        Assert.Equal($"申请已受理：{caseNumber}", subjects[0]);
        Assert.StartsWith($"{kind.GrantText}：", subjects[^1], StringComparison.Ordinal);
        Assert.Contains(issued, subjects[^1], StringComparison.Ordinal);
        Assert.True((await _drive.PublicCheckAsync(issued, filed.PersonName))["valid"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(TypesWithALevel))]
    public async Task A_level_1_case_is_approved_only_by_two_different_reviewers(string type)
    {
        var kind = CaseKind.Of(type);
        var (client, id) = await _drive.InReviewAsync("e2e-level1-" + type, await kind.ValidAsync(_factory, level: 1, "JS-E2E-L" + type[..4]));

        await _drive.DecideAsync("e2e-qp-first", id, "review", "Approve");
        var sameReviewer = await _drive.Cases.CompleteByIdAsync(TestUser.Reviewer("e2e-qp-first", CaseKind.Qingpu), id, "second", "Approve");
        Assert.Equal(HttpStatusCode.Conflict, sameReviewer.StatusCode);
        Assert.Equal("InReview", Cases.Status(await _drive.GetAsync(client, id)));
        await _drive.DecideAsync("e2e-qp-second", id, "second", "Approve");

        var decided = await _drive.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        Assert.Equal(["e2e-qp-first", "e2e-qp-second"], decided["decisions"].Strings("decidedBy"));
        Assert.StartsWith(kind.IssuedPrefix(1), decided["summary"]!["issuedNumber"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_recognition_has_no_level_so_one_reviewer_decides_and_no_second_approval_opens()
    {
        var kind = CaseKind.Of("CertificateRecognition");
        var (client, id) = await _drive.InReviewAsync("e2e-no-level", await kind.ValidAsync(_factory, level: 1, "JS-E2E-NOLEVEL"));

        await _drive.DecideAsync("e2e-qp-only", id, "review", "Approve");

        Assert.Equal("Approved", Cases.Status(await _drive.GetAsync(client, id)));
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public async Task A_missing_document_is_sent_back_as_one_correction_notice_and_the_resubmitted_case_is_accepted_and_approved(string type)
    {
        var kind = CaseKind.Of(type);
        var filed = await kind.ValidAsync(_factory, level: 2, "JS-E2E-C" + type[..4]);
        var missing = filed.Documents[^1];

        var (client, id, submitted) = await _drive.SubmitAsync("e2e-correct-" + type, filed with { Documents = filed.Documents[..^1] });

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        Assert.DoesNotContain("Accepted", Cases.Timeline(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray())!;
        Assert.Equal(missing, finding["document"].Str());
        Assert.True(finding["isCorrectable"]!.GetValue<bool>());
        var correctionMail = Assert.Single(await _drive.SubjectsAsync(id));
        Assert.StartsWith("请补正材料：SQ-", correctionMail, StringComparison.Ordinal);

        await (await client.PostAsync($"/api/applications/{id}/documents", Files.Upload(missing, Files.Pdf(missing), missing + ".pdf"))).ReadAsync(HttpStatusCode.Created);
        var resubmitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);
        if (Cases.Status(resubmitted) == "AwaitingVerification")
            await _drive.AnswerAsync(id, "Confirmed", null);
        await _drive.DecideAsync("e2e-qp-correct", id, "review", "Approve");

        var decided = await _drive.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        Assert.Equal(["Draft", "Submitted", "AwaitingCorrections", "Submitted", "Accepted"], Cases.Timeline(decided).Take(5));
        Assert.Empty(Cases.FindingCodes(decided));
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public async Task A_condition_no_correction_cures_is_refused_acceptance_with_its_reason_and_the_case_ends_unaccepted(string type)
    {
        var kind = CaseKind.Of(type);
        var (filed, code) = await kind.NotAcceptableAsync(_factory);

        var (client, id, submitted) = await _drive.SubmitAsync("e2e-not-accepted-" + type, filed);

        Assert.Equal("NotAccepted", Cases.Status(submitted));
        Assert.Equal(["Draft", "Submitted", "NotAccepted"], Cases.Timeline(submitted));
        Assert.Contains(code, Cases.FindingCodes(submitted));
        var caseNumber = submitted["summary"]!["caseNumber"].Str();
        Assert.Equal([$"不予受理决定：{caseNumber}"], await _drive.SubjectsAsync(id));
        Assert.Empty(await _drive.Cases.MailsAsync(id) is { } mails ? mails.Where(m => m.Subject.StartsWith("申请已受理", StringComparison.Ordinal)) : []);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/applications/{id}/submit", null)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public async Task A_rejected_case_reads_as_its_types_refusal_in_the_decision_and_the_mail_and_issues_nothing(string type)
    {
        var kind = CaseKind.Of(type);
        var (client, id) = await _drive.InReviewAsync("e2e-reject-" + type, await kind.ValidAsync(_factory, level: 2, "JS-E2E-R" + type[..4]));

        await _drive.DecideAsync("e2e-qp-reject", id, "review", "Reject", "工作经历证明与注册项目不符");

        var decided = await _drive.GetAsync(client, id);
        Assert.Equal("Rejected", Cases.Status(decided));
        Assert.Equal("Rejected", Cases.Timeline(decided)[^1]);
        Assert.Null(decided["summary"]!["issuedNumber"]);
        Assert.Equal(kind.RefusalText, decided["decision"]!["decision"]!["zhCn"].Str());
        var mail = (await _drive.Cases.MailsAsync(id))[^1];
        Assert.StartsWith($"{(type == "CertificateRecognition" || type == "RegistrationRecognition" ? "不予互认" : kind.RefusalText)}决定：SQ-", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("工作经历证明与注册项目不符", mail.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public async Task A_regulator_extends_the_limit_once_and_the_applicant_sees_the_new_date_on_the_case_and_in_the_mail(string type)
    {
        var kind = CaseKind.Of(type);
        var (client, id) = await _drive.InReviewAsync("e2e-extend-" + type, await kind.ValidAsync(_factory, level: 2, "JS-E2E-X" + type[..4]));
        var before = (await _drive.GetAsync(client, id))["timeLimit"]!;
        var regulator = _factory.ClientFor(new TestUser("e2e-regulator", "e2e-regulator@bureau.test", "Regulator", CaseKind.Qingpu));
        var instanceId = (await _drive.GetAsync(client, id))["instanceId"].Str();

        (await regulator.PostAsJsonAsync($"/api/workflow-instances/{instanceId}/extend", new { reason = "需组织专家现场核查" })).EnsureSuccessStatusCode();
        var second = await regulator.PostAsJsonAsync($"/api/workflow-instances/{instanceId}/extend", new { reason = "再次延长" });

        var @case = await _drive.GetAsync(client, id);
        var after = @case["timeLimit"]!;
        Assert.Equal((20, 30), ((int)before["limitWorkingDays"]!, (int)after["limitWorkingDays"]!));
        var dueOn = DateTimeOffset.Parse(after["dueAt"].Str(), System.Globalization.CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(8));
        Assert.True(dueOn > DateTimeOffset.Parse(before["dueAt"].Str(), System.Globalization.CultureInfo.InvariantCulture).AddDays(13));
        Assert.Contains("需组织专家现场核查", @case["timeline"]!.AsArray()[^1]!["note"]!["zhCn"].Str(), StringComparison.Ordinal);
        var caseNumber = @case["summary"]!["caseNumber"].Str();
        var mail = Assert.Single(await _drive.Cases.MailsAsync(id), m => m.Subject.StartsWith("办理期限延长告知", StringComparison.Ordinal));
        Assert.Equal($"办理期限延长告知：申请 {caseNumber}", mail.Subject);
        Assert.Contains(dueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(id, mail.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Theory]
    [MemberData(nameof(VerificationResultsAndDecisions))]
    public async Task A_verification_that_does_not_confirm_goes_to_the_deciding_districts_reviewer_who_decides_the_case(string type, string result, string decision)
    {
        var kind = CaseKind.Of(type);
        var (client, id, submitted) = await _drive.SubmitAsync($"e2e-verify-{type}-{result}-{decision}", await kind.ValidAsync(_factory, level: 2, $"JS-E2E-{result}-{decision}-{type[..4]}"));
        Assert.Equal("AwaitingVerification", Cases.Status(submitted));

        if (result == "TimedOut")
            await _drive.Cases.FirePendingTimerAsync(id);
        else
            await _drive.AnswerAsync(id, result, "嘉善答复");

        var inReview = await _drive.GetAsync(client, id);
        Assert.Equal("InReview", Cases.Status(inReview));
        var task = await _drive.Cases.OpenTaskAsync(_factory.ClientFor(TestUser.Reviewer("e2e-qp-verify", CaseKind.Qingpu)), id, "review");
        Assert.Contains("跨区核验未能确认", task["description"].Str(), StringComparison.Ordinal);
        Assert.Equal(result == "NotFound", task["outcomes"]!.AsArray().Select(o => o.Str()).Contains("CorrectCertificateNumber"));

        await _drive.DecideAsync("e2e-qp-verify", id, "review", decision, decision == "Reject" ? "发证机关未能确认该证书" : "已向发证机关电话核实");

        var decided = await _drive.GetAsync(client, id);
        Assert.Equal(decision == "Approve" ? "Approved" : "Rejected", Cases.Status(decided));
        Assert.Equal(["e2e-qp-verify"], decided["decisions"].Strings("decidedBy"));
        Assert.Equal(decision == "Approve" ? kind.GrantText : kind.RefusalText, decided["decision"]!["decision"]!["zhCn"].Str());
    }

    [Theory]
    [MemberData(nameof(TypesConfirmedFromTheRegistryAlone))]
    public async Task A_type_whose_registration_the_shared_registry_holds_asks_no_other_district_so_no_verification_result_can_arise(string type)
    {
        var kind = CaseKind.Of(type);

        var (_, id, submitted) = await _drive.SubmitAsync("e2e-registry-only-" + type, await kind.ValidAsync(_factory, level: 2, "unused"));

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Empty(submitted["verifications"]!.AsArray());
        Assert.Empty(await _drive.OpenRequestsAsync(id));
    }

    [Theory]
    [MemberData(nameof(TypesVerifiedByAnotherDistrict))]
    public async Task A_certificate_the_issuer_cannot_find_is_sent_back_as_a_number_to_correct_and_the_corrected_number_is_verified_again(string type)
    {
        var kind = CaseKind.Of(type);
        var filed = await kind.ValidAsync(_factory, level: 2, "JS-E2E-TYPO-" + type[..4]);
        var (client, id, _) = await _drive.SubmitAsync("e2e-typo-" + type, filed);
        await _drive.AnswerAsync(id, "NotFound", "查无此编号");

        await _drive.DecideAsync("e2e-qp-typo", id, "review", "CorrectCertificateNumber", "编号疑似少一位");

        var sentBack = await _drive.GetAsync(client, id);
        Assert.Equal("AwaitingCorrections", Cases.Status(sentBack));
        var finding = Assert.Single(sentBack["findings"]!.AsArray())!;
        Assert.Equal(("Review.Corrections.NumberNotFound", "certificates[0].number"), (finding["code"].Str(), finding["field"].Str()));
        Assert.Contains("JS-E2E-TYPO-" + type[..4], finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.Contains("编号疑似少一位", finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.False(finding["isFromAutomaticCheck"]!.GetValue<bool>());
        var regulator = _factory.ClientFor(new TestUser("e2e-typo-regulator", null, "Regulator", CaseKind.Qingpu));
        Assert.True((await regulator.GetJsonAsync($"/api/workflow-instances/{sentBack["instanceId"].Str()}/statutory-clock"))["isStopped"]!.GetValue<bool>());

        var corrected = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(filed.Form))!.AsObject();
        corrected["certificates"]![0]!["number"] = "JS-E2E-TYPO-" + type[..4] + "1";
        (await client.PutAsJsonAsync($"/api/applications/{id}", corrected)).EnsureSuccessStatusCode();
        var resubmitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);

        Assert.Equal("AwaitingVerification", Cases.Status(resubmitted));
        var verifications = resubmitted["verifications"]!.AsArray();
        Assert.Equal(["JS-E2E-TYPO-" + type[..4], "JS-E2E-TYPO-" + type[..4] + "1"], verifications.Select(v => v!["number"].Str()));
        await _drive.AnswerAsync(id, "Confirmed", null);
        var task = await _drive.Cases.OpenTaskAsync(_factory.ClientFor(TestUser.Reviewer("e2e-qp-typo", CaseKind.Qingpu)), id, "review");
        Assert.DoesNotContain("CorrectCertificateNumber", task["outcomes"]!.AsArray().Select(o => o.Str()));
        await _drive.DecideAsync("e2e-qp-typo", id, "review", "Approve");
        Assert.Equal("Approved", Cases.Status(await _drive.GetAsync(client, id)));
    }

    [Theory]
    [MemberData(nameof(TypesVerifiedByAnotherDistrict))]
    public async Task A_denied_certificate_cannot_be_sent_back_as_a_typo_and_the_refusal_changes_nothing(string type)
    {
        var kind = CaseKind.Of(type);
        var (client, id, _) = await _drive.SubmitAsync("e2e-denied-typo-" + type, await kind.ValidAsync(_factory, level: 2, "JS-E2E-DENY-" + type[..4]));
        await _drive.AnswerAsync(id, "Denied", "证书已注销");

        var refused = await _drive.TryDecideAsync("e2e-qp-deny", id, "review", "CorrectCertificateNumber", "疑似笔误");

        Assert.False(refused.IsSuccessStatusCode);
        Assert.Contains("CorrectCertificateNumber", (await refused.ProblemAsync())["detail"].Str(), StringComparison.Ordinal);
        Assert.Equal("InReview", Cases.Status(await _drive.GetAsync(client, id)));
        await _drive.DecideAsync("e2e-qp-deny", id, "review", "Reject", "发证机关确认证书已注销");
        Assert.Equal("Rejected", Cases.Status(await _drive.GetAsync(client, id)));
    }
}
