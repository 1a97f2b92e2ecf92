using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Applications;
using Approvals.Testing;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology.EndToEnd;

/// <summary>
/// Issue 11's "done when": each of the four application types through the API, from submission to what the applicant
/// and the reviewer see afterwards, on each database provider. The rows are <see cref="MatrixRows"/>: a path a type
/// does not have is named there with the reason. The host runs on a clock the test moves, so a verification times out
/// when its deadline comes, not when a test says so.
/// </summary>
public abstract class EndToEndMatrixTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private readonly TFactory _factory;
    private readonly CaseDriver _drive;

    protected EndToEndMatrixTests(TFactory factory)
    {
        _factory = factory;
        _drive = new CaseDriver(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static DateTimeOffset Instant(JsonNode? value) => DateTimeOffset.Parse(value.Str(), CultureInfo.InvariantCulture);

    [SkippableTheory]
    [MemberData(nameof(MatrixRows.AcceptedAndApproved), MemberType = typeof(MatrixRows))]
    public async Task A_complete_application_is_accepted_on_its_own_timeline_entry_approved_by_one_reviewer_and_the_registry_records_what_was_issued(string type)
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
        if (filed.KeptNumber is { } kept)
            Assert.Equal(kept, issued);
        string[] verified = kind.IsVerifiedBeforeReview ? ["AwaitingVerification"] : [];
        Assert.Equal(["Draft", "Submitted", "Accepted", .. verified, "InReview", "Approved"], Cases.Timeline(decided));
        Assert.Equal(["e2e-qp-one"], decided["decisions"].Strings("decidedBy"));
        Assert.Equal(kind.GrantText, decided["decision"]!["decision"]!["zhCn"].Str());
        var delivered = await _drive.DeliveredAsync(id, "e2e-approve-" + type);
        Assert.Equal($"申请已受理：{Enum.Parse<ApplicationType>(type).DisplayName().ZhCn} {caseNumber}", delivered[0].Subject);
        Assert.StartsWith($"{kind.GrantText}：", delivered[^1].Subject, StringComparison.Ordinal);
        Assert.Contains(issued, delivered[^1].Subject, StringComparison.Ordinal);
        Assert.Contains(Approvals.Text.ReadableDates.Date(filed.IssuedValidTo).ZhCn, delivered[^1].TextBody, StringComparison.Ordinal);

        var record = await _drive.PublicCheckAsync(issued, filed.PersonName);
        Assert.True(record["valid"]!.GetValue<bool>());
        Assert.Equal((kind.RecordedLevel(2), CaseKind.Qingpu, "Active", filed.IssuedValidTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            (record["level"]?.GetValue<string>(), record["districtCode"].Str(), record["status"].Str(), record["validTo"].Str()));
        Assert.Null(record["holderIdNumber"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync($"/api/registry/check?number={Uri.EscapeDataString(issued)}&name=别人")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(MatrixRows.Level1WithFourEyes), MemberType = typeof(MatrixRows))]
    public async Task A_level_1_case_is_approved_only_by_two_different_reviewers(string type)
    {
        var kind = CaseKind.Of(type);
        var filed = await kind.ValidAsync(_factory, level: 1, "JS-E2E-L" + type[..4]);
        var (client, id) = await _drive.InReviewAsync("e2e-level1-" + type, filed);

        await _drive.DecideAsync("e2e-qp-first", id, "review", "Approve");
        var sameReviewer = await _drive.Cases.CompleteByIdAsync(TestUser.Reviewer("e2e-qp-first", CaseKind.Qingpu), id, "second", "Approve");
        Assert.Contains("须由其他人员办理", (await sameReviewer.ReadAsync(HttpStatusCode.Conflict))["detail"].Str(), StringComparison.Ordinal);
        Assert.Equal("InReview", Cases.Status(await _drive.GetAsync(client, id)));
        await _drive.DecideAsync("e2e-qp-second", id, "second", "Approve");

        var decided = await _drive.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        Assert.Equal(["e2e-qp-first", "e2e-qp-second"], decided["decisions"].Strings("decidedBy"));
        var issued = decided["summary"]!["issuedNumber"].Str();
        Assert.StartsWith(kind.IssuedPrefix(1), issued, StringComparison.Ordinal);
        Assert.Equal("Level1", (await _drive.PublicCheckAsync(issued, filed.PersonName))["level"].Str());
    }

    [SkippableFact]
    public async Task A_certificate_recognition_has_no_level_so_one_reviewer_decides_and_no_second_approval_opens()
    {
        var kind = CaseKind.Of("CertificateRecognition");
        var (client, id) = await _drive.InReviewAsync("e2e-no-level", await kind.ValidAsync(_factory, level: 1, "JS-E2E-NOLEVEL"));

        await _drive.DecideAsync("e2e-qp-only", id, "review", "Approve");

        var decided = await _drive.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        Assert.Equal(["e2e-qp-only"], decided["decisions"].Strings("decidedBy"));
    }

    [SkippableTheory]
    [MemberData(nameof(MatrixRows.CorrectedAndApproved), MemberType = typeof(MatrixRows))]
    public async Task Missing_documents_are_sent_back_all_at_once_in_one_correction_notice_and_the_resubmitted_case_is_accepted_and_approved(string type)
    {
        var kind = CaseKind.Of(type);
        var filed = await kind.ValidAsync(_factory, level: 2, "JS-E2E-C" + type[..4]);
        var missing = filed.Documents[^2..];

        var (client, id, submitted) = await _drive.SubmitAsync("e2e-correct-" + type, filed with { Documents = filed.Documents[..^2] });

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        Assert.DoesNotContain("Accepted", Cases.Timeline(submitted));
        var findings = submitted["findings"]!.AsArray();
        // A finding names the document kinds that would cure it: a certificate recognition takes either certificate ("A|B").
        Assert.Equal(missing, findings.Select(f => f!["document"].Str().Split('|')[0]));
        Assert.All(findings, f => Assert.True(f!["isCorrectable"]!.GetValue<bool>() && f["isFromAutomaticCheck"]!.GetValue<bool>()));
        var correctionMail = Assert.Single(await _drive.DeliveredAsync(id, "e2e-correct-" + type));
        Assert.StartsWith("请补正材料：", correctionMail.Subject, StringComparison.Ordinal);
        Assert.EndsWith(submitted["summary"]!["caseNumber"].Str(), correctionMail.Subject, StringComparison.Ordinal);
        Assert.Contains("【自动审查发现】", correctionMail.TextBody, StringComparison.Ordinal);
        // Each missing document by the name the wizard gives it, never the kind's code.
        Assert.All(missing, document => Assert.Contains(Enum.Parse<DocumentKind>(document).DisplayName().ZhCn, correctionMail.TextBody, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"\b[A-Z][a-z]+[A-Z][A-Za-z]+\b|\b[A-Z][a-z]+\.[A-Z][A-Za-z]+\b", correctionMail.TextBody);
        Assert.Contains($"/applications/{id}", correctionMail.TextBody, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Contains(f!["message"]!["zhCn"].Str(), correctionMail.TextBody, StringComparison.Ordinal));
        var regulator = _factory.ClientFor(new TestUser("e2e-correct-regulator", null, "Regulator", CaseKind.Qingpu));
        Assert.True((await regulator.GetJsonAsync($"/api/workflow-instances/{submitted["instanceId"].Str()}/statutory-clock"))["isStopped"]!.GetValue<bool>());

        foreach (var document in missing)
            await (await client.PostAsync($"/api/applications/{id}/documents", Files.Upload(document, SampleDocuments.Pdf(document), document + ".pdf"))).ReadAsync(HttpStatusCode.Created);
        var resubmitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);
        if (Cases.Status(resubmitted) == "AwaitingVerification")
            await _drive.AnswerAsync(id, "Confirmed", null);
        await _drive.DecideAsync("e2e-qp-correct", id, "review", "Approve");

        var decided = await _drive.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        Assert.Equal(["Draft", "Submitted", "AwaitingCorrections", "Submitted", "Accepted"], Cases.Timeline(decided).Take(5));
        Assert.Empty(Cases.FindingCodes(decided));
        Assert.Equal(["请补正材料", "申请已受理", kind.GrantText], (await _drive.DeliveredAsync(id, "e2e-correct-" + type)).Select(m => m.Subject!.Split('：')[0]));
    }

    [SkippableTheory]
    [MemberData(nameof(MatrixRows.NotAccepted), MemberType = typeof(MatrixRows))]
    public async Task A_condition_no_correction_cures_is_refused_acceptance_with_its_reason_and_the_case_ends_unaccepted(string type)
    {
        var kind = CaseKind.Of(type);
        var (filed, code) = await kind.NotAcceptableAsync(_factory);

        var (client, id, submitted) = await _drive.SubmitAsync("e2e-not-accepted-" + type, filed);

        Assert.Equal("NotAccepted", Cases.Status(submitted));
        Assert.Equal(["Draft", "Submitted", "NotAccepted"], Cases.Timeline(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray(), f => f!["code"].Str() == code)!;
        Assert.False(finding["isCorrectable"]!.GetValue<bool>());
        var caseNumber = submitted["summary"]!["caseNumber"].Str();
        Assert.Matches($@"^SQ-{CaseKind.Qingpu}-\d{{4}}-\d{{6}}$", caseNumber);
        var mail = Assert.Single(await _drive.DeliveredAsync(id, "e2e-not-accepted-" + type));
        Assert.Equal($"不予受理决定：{Enum.Parse<ApplicationType>(type).DisplayName().ZhCn} {caseNumber}", mail.Subject);
        Assert.All(new[] { finding["message"]!["zhCn"].Str(), "第三十二条第一款", "青浦区", "申请行政复议", "提起行政诉讼" },
            text => Assert.Contains(text, mail.TextBody, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/applications/{id}/submit", null)).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(MatrixRows.Rejected), MemberType = typeof(MatrixRows))]
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
        var mail = (await _drive.DeliveredAsync(id, "e2e-reject-" + type))[^1];
        Assert.Equal($"{(type == "CertificateRecognition" || type == "RegistrationRecognition" ? "不予互认" : kind.RefusalText)}决定：{Enum.Parse<ApplicationType>(type).DisplayName().ZhCn} {decided["summary"]!["caseNumber"].Str()}", mail.Subject);
        Assert.All(new[] { "工作经历证明与注册项目不符", "青浦区", "申请行政复议", "提起行政诉讼" }, text => Assert.Contains(text, mail.TextBody, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(MatrixRows.Extended), MemberType = typeof(MatrixRows))]
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
        var dueOn = Instant(after["dueAt"]).ToOffset(TimeSpan.FromHours(8));
        Assert.True(dueOn > Instant(before["dueAt"]).AddDays(13));
        Assert.Contains("需组织专家现场核查", @case["timeline"]!.AsArray()[^1]!["note"]!["zhCn"].Str(), StringComparison.Ordinal);
        var caseNumber = @case["summary"]!["caseNumber"].Str();
        var mail = Assert.Single(await _drive.DeliveredAsync(id, "e2e-extend-" + type), m => m.Subject!.StartsWith("办理期限延长告知", StringComparison.Ordinal));
        Assert.Equal($"办理期限延长告知：{Enum.Parse<ApplicationType>(type).DisplayName().ZhCn} {caseNumber}", mail.Subject);
        Assert.Contains($"/applications/{id}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(Approvals.Text.ReadableDates.Date(Approvals.Text.ReadableDates.ShanghaiDay(dueOn)).ZhCn, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(id, mail.TextBody!.Replace($"/applications/{id}", "/applications/", StringComparison.Ordinal), StringComparison.Ordinal); // only in the link
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(MatrixRows.VerificationResultsAndDecisions), MemberType = typeof(MatrixRows))]
    public async Task A_verification_that_does_not_confirm_goes_to_the_deciding_districts_reviewer_who_decides_the_case(string type, string result, string decision)
    {
        var kind = CaseKind.Of(type);
        // Numbers are kept in the registry's one form (upper-case), so the task names them so.
        var number = $"JS-E2E-{result}-{decision}-{type[..4]}".ToUpperInvariant();
        var (client, id, submitted) = await _drive.SubmitAsync($"e2e-verify-{type}-{result}-{decision}", await kind.ValidAsync(_factory, level: 2, number));
        Assert.Equal("AwaitingVerification", Cases.Status(submitted));

        if (result == "TimedOut")
        {
            // Jiashan never answers: nothing moves before the deadline the applicant sees, the case goes on when it comes.
            var dueAt = Instant(Assert.Single(await _drive.VerificationsAsync(client, id))!["dueAt"]);
            Assert.Equal(0, await _drive.Cases.RunDueTimersAsync(id));
            Assert.Equal("AwaitingVerification", Cases.Status(await _drive.GetAsync(client, id)));
            _factory.Clock.SetUtcNow(dueAt);
            Assert.Equal(1, await _drive.Cases.RunDueTimersAsync(id));
        }
        else
        {
            await _drive.AnswerAsync(id, result, "嘉善答复");
        }

        var inReview = await _drive.GetAsync(client, id);
        Assert.Equal(("InReview", result), (Cases.Status(inReview), Assert.Single(inReview["verifications"]!.AsArray())!["status"].Str()));
        var task = await _drive.Cases.OpenTaskAsync(_factory.ClientFor(TestUser.Reviewer("e2e-qp-verify", CaseKind.Qingpu)), id, "review");
        var (zhCn, en) = result switch
        {
            "NotFound" => ("答复查无此证：嘉善答复", "answered: no such record"),
            "Denied" => ("答复不属实：嘉善答复", "answered"),
            _ => ("逾期未答复", "did not answer in time"),
        };
        Assert.Contains("跨区核验未能确认", task["description"].Str(), StringComparison.Ordinal);
        Assert.Contains($"{number}（嘉善县）{zhCn}", task["description"].Str(), StringComparison.Ordinal);
        Assert.Contains($"{number} (Jiashan County) {en}",
            await _drive.Cases.TaskDescriptionAsync(TestUser.Reviewer("e2e-qp-verify", CaseKind.Qingpu), id, "review", "en"), StringComparison.Ordinal);
        Assert.Equal(result == "NotFound", task["outcomes"]!.AsArray().Select(o => o.Str()).Contains("CorrectCertificateNumber"));

        await _drive.DecideAsync("e2e-qp-verify", id, "review", decision, decision == "Reject" ? "发证机关未能确认该证书" : "已向发证机关电话核实");

        var decided = await _drive.GetAsync(client, id);
        Assert.Equal(decision == "Approve" ? "Approved" : "Rejected", Cases.Status(decided));
        Assert.Equal(["e2e-qp-verify"], decided["decisions"].Strings("decidedBy"));
        Assert.Equal(decision == "Approve" ? kind.GrantText : kind.RefusalText, decided["decision"]!["decision"]!["zhCn"].Str());
        var issued = decided["summary"]!["issuedNumber"]?.GetValue<string>();
        Assert.Equal(decision == "Approve", issued?.StartsWith(kind.IssuedPrefix(2), StringComparison.Ordinal) ?? false);
    }

    [SkippableTheory]
    [MemberData(nameof(MatrixRows.ConfirmedFromTheRegistryAlone), MemberType = typeof(MatrixRows))]
    public async Task A_type_whose_registration_the_shared_registry_holds_asks_no_other_district_so_no_verification_result_can_arise(string type)
    {
        var kind = CaseKind.Of(type);

        var (_, id, submitted) = await _drive.SubmitAsync("e2e-registry-only-" + type, await kind.ValidAsync(_factory, level: 2, "unused"));

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Empty(submitted["verifications"]!.AsArray());
        Assert.Empty(await _drive.OpenRequestsAsync(id));
    }

    [SkippableTheory]
    [MemberData(nameof(MatrixRows.VerifiedByAnotherDistrict), MemberType = typeof(MatrixRows))]
    public async Task A_certificate_the_issuer_cannot_find_is_sent_back_as_a_number_to_correct_and_the_corrected_number_is_verified_again(string type)
    {
        var kind = CaseKind.Of(type);
        var typo = ("JS-E2E-TYPO-" + type[..4]).ToUpperInvariant(); // the registry keeps numbers upper-case
        var filed = await kind.ValidAsync(_factory, level: 2, typo);
        var (client, id, _) = await _drive.SubmitAsync("e2e-typo-" + type, filed);
        await _drive.AnswerAsync(id, "NotFound", "查无此编号");

        await _drive.DecideAsync("e2e-qp-typo", id, "review", "CorrectCertificateNumber", "编号疑似少一位");

        var sentBack = await _drive.GetAsync(client, id);
        Assert.Equal("AwaitingCorrections", Cases.Status(sentBack));
        var finding = Assert.Single(sentBack["findings"]!.AsArray())!;
        Assert.Equal(("Review.Corrections.NumberNotFound", "certificates[0].number"), (finding["code"].Str(), finding["field"].Str()));
        Assert.Contains(typo, finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.Contains("编号疑似少一位", finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.False(finding["isFromAutomaticCheck"]!.GetValue<bool>());
        var regulator = _factory.ClientFor(new TestUser("e2e-typo-regulator", null, "Regulator", CaseKind.Qingpu));
        Assert.True((await regulator.GetJsonAsync($"/api/workflow-instances/{sentBack["instanceId"].Str()}/statutory-clock"))["isStopped"]!.GetValue<bool>());

        var corrected = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(filed.Form))!.AsObject();
        corrected["certificates"]![0]!["number"] = typo + "1";
        (await client.PutAsJsonAsync($"/api/applications/{id}", corrected)).EnsureSuccessStatusCode();
        var resubmitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);

        Assert.Equal("AwaitingVerification", Cases.Status(resubmitted));
        var verifications = resubmitted["verifications"]!.AsArray();
        Assert.Equal([typo, typo + "1"], verifications.Select(v => v!["number"].Str()));
        await _drive.AnswerAsync(id, "Confirmed", null);
        var task = await _drive.Cases.OpenTaskAsync(_factory.ClientFor(TestUser.Reviewer("e2e-qp-typo", CaseKind.Qingpu)), id, "review");
        Assert.DoesNotContain("CorrectCertificateNumber", task["outcomes"]!.AsArray().Select(o => o.Str()));
        await _drive.DecideAsync("e2e-qp-typo", id, "review", "Approve");
        Assert.Equal("Approved", Cases.Status(await _drive.GetAsync(client, id)));
    }

    [SkippableTheory]
    [MemberData(nameof(MatrixRows.VerifiedByAnotherDistrict), MemberType = typeof(MatrixRows))]
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

/// <summary>The host of the matrix on SQLite, on a clock the tests move.</summary>
public sealed class SqliteMatrixFactory : MetrologyApiFactory
{
    protected override bool MovesTheClock => true;
}

/// <summary>The host of the matrix on PostgreSQL, on a clock the tests move.</summary>
public sealed class PostgreSqlMatrixFactory : PostgreSqlMetrologyApiFactory
{
    protected override bool MovesTheClock => true;
}

public sealed class SqliteEndToEndMatrixTests(SqliteMatrixFactory factory) : EndToEndMatrixTests<SqliteMatrixFactory>(factory);

public sealed class PostgreSqlEndToEndMatrixTests(PostgreSqlMatrixFactory factory) : EndToEndMatrixTests<PostgreSqlMatrixFactory>(factory);
