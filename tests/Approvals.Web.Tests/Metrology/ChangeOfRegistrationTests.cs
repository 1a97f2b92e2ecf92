using System.Net;
using System.Net.Http.Json;
using Approvals.Core.Registry;
using Approvals.Testing;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// 变更注册 end to end through the API: the holder names their registration and a new employer and/or the projects
/// after the change; the district of the (new) employer decides; on approval the registration keeps its number and
/// expiry, takes the change, and records it in its history.
/// </summary>
public abstract class ChangeOfRegistrationTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private static readonly string[] EmployerChangeDocuments = ["ApplicationForm", "EmploymentProof"];

    private readonly TFactory _factory;
    private readonly Cases _cases;

    protected ChangeOfRegistrationTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task An_approved_change_of_employer_keeps_the_number_and_expiry_and_records_the_change_in_the_registrys_history()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "周敏", Qingpu);
        var before = await RegistrationAsync(number);

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("change-employer"), Change("周敏", idNumber, Qingpu, number), EmployerChangeDocuments);
        Assert.Equal("InReview", Cases.Status(submitted));
        (await _cases.DecideAsync(TestUser.Reviewer("qp-change-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();

        var decided = await _cases.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        Assert.Equal(number, decided["summary"]!["issuedNumber"].Str());
        var after = await RegistrationAsync(number);
        Assert.Equal((before.ValidFrom, before.ValidTo, before.Level, RegistrationStatus.Active), (after.ValidFrom, after.ValidTo, after.Level, after.Status));
        Assert.Equal(People.CreditCode(Qingpu), after.Enterprise!.CreditCode);
        var entry = Assert.Single(await HistoryAsync(number));
        Assert.Equal((RegistrationEvent.EmployerChanged, id), (entry.Kind, entry.ApplicationId));
        Assert.Contains(before.Enterprise!.CreditCode, entry.From, StringComparison.Ordinal);
        Assert.Contains(People.CreditCode(Qingpu), entry.To, StringComparison.Ordinal);
        Assert.Equal(Core.Workflow.ZoneTime.Today(DateTimeOffset.UtcNow), entry.EffectiveOn);
        var lastWrite = await _factory.DatabaseAsync(db => db.RegistryWrites.AsNoTracking().Where(w => w.RecordNumber == number).OrderByDescending(w => w.Sequence).FirstAsync());
        Assert.Equal(entry.RecordedAt, lastWrite.WrittenAt);
        var file = await _factory.ClientFor(TestUser.Reviewer("qp-change-reader", Qingpu)).GetJsonAsync($"/api/registry/people/registered-{idNumber}");
        var shown = file["history"]![0]!;
        Assert.Equal(("EmployerChanged", entry.EffectiveOn.ToString("yyyy-MM-dd"), decided["summary"]!["caseNumber"].Str()),
            (shown["kind"].Str(), shown["effectiveOn"].Str(), shown["caseNumber"].Str()));
        Assert.Equal(decided["instanceId"].Str(), shown["case"]!["instanceId"].Str());
        var mails = await _cases.MailsAsync(id);
        Assert.Contains(mails, m => m.Subject.Contains("准予变更注册", StringComparison.Ordinal) && m.Body.Contains(number, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_certificate_of_a_change_is_dated_by_the_change_decision_and_states_when_the_registration_was_first_issued()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "许诺", Qingpu);
        var firstIssued = new DateTimeOffset(2021, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));
        await _factory.DatabaseAsync(async db =>
        {
            (await db.Registrations.SingleAsync(r => r.Number == number)).IssuedAt = firstIssued;
            return await db.SaveChangesAsync();
        });

        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("change-certificate"), Change("许诺", idNumber, Qingpu, number), EmployerChangeDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("qp-change-certifier", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        var listed = (await client.GetJsonAsync($"/api/applications/{id}/official-documents")).AsArray();
        var certificate = listed.Single(d => d!["kind"].Str() == "RegistrationCertificate")!;
        var text = PdfText.Of(await client.GetByteArrayAsync($"/api/applications/{id}/official-documents/{Uri.EscapeDataString(number)}"));

        var today = Core.Workflow.ZoneTime.Today(DateTimeOffset.UtcNow);
        Assert.Equal(today.ToString("yyyy-MM-dd"), certificate["issuedOn"].Str());
        Assert.Contains($"{today.Year}年{today.Month}月{today.Day}日", text, StringComparison.Ordinal);
        Assert.Contains("首次发证日期", text, StringComparison.Ordinal);
        Assert.Contains("2021年3月10日", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_refused_change_leaves_the_registration_as_it_was_and_tells_the_applicant_why()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "吴磊", Qingpu);
        var before = await RegistrationAsync(number);

        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("change-refused"), Change("吴磊", idNumber, Qingpu, number), EmployerChangeDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("qp-change-refuser", Qingpu), id, "review", "Reject", "劳动合同未盖章")).EnsureSuccessStatusCode();

        Assert.Equal("Rejected", Cases.Status(await _cases.GetAsync(client, id)));
        var after = await RegistrationAsync(number);
        Assert.Equal((before.EnterpriseId, before.DistrictCode, before.ValidTo), (after.EnterpriseId, after.DistrictCode, after.ValidTo));
        Assert.Empty(await HistoryAsync(number));
        Assert.Contains(await _cases.MailsAsync(id), m => m.Subject.Contains("不予变更注册", StringComparison.Ordinal) && m.Body.Contains("劳动合同未盖章", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task An_added_project_without_its_certificate_is_sent_back_for_correction_and_once_corrected_is_registered()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "郑洁", Qingpu);
        var employer = (await RegistrationAsync(number)).Enterprise!.CreditCode;
        var form = Change("郑洁", idNumber, Qingpu, number, employer, projects: ["长度计量", "热工计量"]);

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("change-projects"), form, "ApplicationForm");

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        Assert.Equal(["Change.ProjectWithoutCertificate", "Document.Missing"], Cases.FindingCodes(submitted).Order(StringComparer.Ordinal));
        var corrected = new Dictionary<string, object?>(form)
        {
            ["certificates"] = new[] { new { kind = "ProjectAssessment", number = "KH-QP-2024-0099", issuingDistrictCode = Qingpu, validUntil = DateOnly.FromDateTime(DateTime.Today.AddYears(2)), projects = new[] { "热工计量" } } },
        };
        (await client.PutAsJsonAsync($"/api/applications/{id}", corrected)).EnsureSuccessStatusCode();
        await (await client.PostAsync($"/api/applications/{id}/documents", Files.Upload("ProjectAssessmentCertificate", SampleDocuments.Pdf("pac"), "pac.pdf"))).ReadAsync(HttpStatusCode.Created);
        Assert.Equal("InReview", Cases.Status(await client.PostJsonAsync($"/api/applications/{id}/submit", null)));
        (await _cases.DecideAsync(TestUser.Reviewer("qp-projects-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();

        Assert.Equal("Approved", Cases.Status(await _cases.GetAsync(client, id)));
        Assert.Equal(["长度计量", "热工计量"], (await RegistrationAsync(number)).Projects);
        var entry = Assert.Single(await HistoryAsync(number));
        Assert.Equal((RegistrationEvent.ProjectsChanged, "长度计量", "长度计量、热工计量"), (entry.Kind, entry.From, entry.To));
    }

    [SkippableFact]
    public async Task A_move_to_an_employer_in_another_district_is_decided_there_and_the_former_district_is_notified()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "冯雪", Qingpu);
        var before = await RegistrationAsync(number);

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("change-move"), Change("冯雪", idNumber, Wujiang, number), EmployerChangeDocuments);

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.StartsWith($"SQ-{Wujiang}-", submitted["summary"]!["caseNumber"].Str());
        var qingpuInbox = await _factory.ClientFor(TestUser.Reviewer("qp-not-deciding", Qingpu)).GetJsonAsync($"/api/tasks?status=Open&instanceId={submitted["instanceId"].Str()}");
        Assert.Empty(qingpuInbox.AsArray());
        (await _cases.DecideAsync(TestUser.Reviewer("wj-move-reviewer", Wujiang), id, "review", "Approve")).EnsureSuccessStatusCode();

        var decided = await _cases.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        var after = await RegistrationAsync(number);
        Assert.Equal((number, Wujiang, before.ValidTo), (after.Number, after.DistrictCode, after.ValidTo));
        Assert.Contains(await HistoryAsync(number), c => c is { Kind: RegistrationEvent.DistrictChanged, From: Qingpu, To: Wujiang });
        Assert.Contains(decided["timeline"]!.AsArray(), t => t!["note"]?["zhCn"]?.GetValue<string>().Contains("青浦区", StringComparison.Ordinal) == true);
        var notice = Assert.Single(await _cases.MailsAsync(id), m => m.To == MetrologyApiFactory.QingpuRegulatorEmail);
        Assert.Contains(number, notice.Body, StringComparison.Ordinal);
        Assert.Contains("吴江区", notice.Body, StringComparison.Ordinal);
        var check = await _factory.CreateClient().GetJsonAsync($"/api/registry/check?number={number}&name=冯雪");
        Assert.Equal(Wujiang, check["districtCode"].Str());
    }

    [SkippableTheory]
    [InlineData(RegistrationStatus.Active, -1, "已过期")]
    [InlineData(RegistrationStatus.Cancelled, 300, "已注销")]
    [InlineData(RegistrationStatus.Revoked, 300, "已撤销")]
    public async Task A_registration_that_is_not_in_force_cannot_be_changed_and_the_case_is_not_accepted(RegistrationStatus status, int validForDays, string zhCn)
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "秦岚", Qingpu, status, validForDays);
        var before = await RegistrationAsync(number);

        var (_, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("change-not-in-force"), Change("秦岚", idNumber, Qingpu, number), EmployerChangeDocuments);

        Assert.Equal("NotAccepted", Cases.Status(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray())!;
        Assert.Equal(("Change.NotInForce", "registrationNumber"), (finding["code"].Str(), finding["field"].Str()));
        Assert.Contains(zhCn, finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.Equal(before.EnterpriseId, (await RegistrationAsync(number)).EnterpriseId);
        Assert.Contains(await _cases.MailsAsync(id), m => m.Body.Contains("第三十二条", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task An_employer_outside_the_zone_is_refused_naming_the_employers_district()
    {
        var client = _factory.ClientFor(TestUser.Applicant("change-outside"));

        var refused = await (await client.PostAsJsonAsync("/api/applications", Change("韩梅", People.NewIdNumber(), "310101", "CSJ-R2-310118-2021-000001"))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["employerDistrictCode"], refused["errors"]!.AsObject().Select(e => e.Key));
    }

    [SkippableFact]
    public async Task A_typed_level_is_refused_because_the_registry_gives_it()
    {
        var client = _factory.ClientFor(TestUser.Applicant("change-level"));
        var form = new Dictionary<string, object?>(Change("韩梅", People.NewIdNumber(), Qingpu, "CSJ-R2-310118-2021-000001")) { ["level"] = 1 };

        var refused = await (await client.PostAsJsonAsync("/api/applications", form)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Contains("取自注册库", refused["errors"]!["level"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_shipped_change_procedure_is_valid_and_published_with_the_change_step()
    {
        var regulator = _factory.ClientFor(new TestUser("change-regulator", "change-regulator@bureau.test", "Regulator", Qingpu));

        var validated = await regulator.PostJsonTextAsync("/api/workflow-definitions/validate", await File.ReadAllTextAsync(Publications.ShippedFile("metrologist-change")));
        var published = await regulator.GetJsonAsync("/api/workflow-definitions/metrologist-change");

        var result = await validated.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        Assert.True((bool)result!["valid"]!);
        Assert.Empty(result["errors"]!.AsArray());
        Assert.True((bool)published["isPublished"]!);
        Assert.Contains(published["root"]!["activities"]!.AsArray(), a => a!["type"].Str() == "ChangeRegistration");
    }

    private static Dictionary<string, object?> Change(string name, string idNumber, string employerDistrict, string registrationNumber, string? employerCreditCode = null, string[]? projects = null) => new()
    {
        ["type"] = "Change",
        ["personName"] = name,
        ["idNumber"] = idNumber,
        ["employerName"] = "示范区变更注册测试有限公司",
        ["employerCreditCode"] = employerCreditCode ?? People.CreditCode(employerDistrict),
        ["employerDistrictCode"] = employerDistrict,
        ["registrationNumber"] = registrationNumber,
        ["projects"] = projects,
    };

    private Task<string> RegisterAsync(string idNumber, string name, string district, RegistrationStatus status = RegistrationStatus.Active, int validForDays = 900) =>
        RegistryRecords.RegisterAsync(_factory, idNumber, name, MetrologistLevel.Level2, district, 2021, validForDays, status);

    private Task<Registration> RegistrationAsync(string number) =>
        _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().Include(r => r.Enterprise).SingleAsync(r => r.Number == number));

    private Task<List<RegistrationHistoryEntry>> HistoryAsync(string number) =>
        _factory.DatabaseAsync(db => db.RegistrationHistory.AsNoTracking().Where(c => c.RegistrationNumber == number).ToListAsync());
}

public sealed class SqliteChangeOfRegistrationTests(MetrologyApiFactory factory) : ChangeOfRegistrationTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlChangeOfRegistrationTests(PostgreSqlMetrologyApiFactory factory) : ChangeOfRegistrationTests<PostgreSqlMetrologyApiFactory>(factory);
