using System.Net;
using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.UseCases.Registry;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>The bureau's view of a person or enterprise (§5): search, files, district scoping of cases and the read log.</summary>
public abstract class RegistryLookupApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";

    private static readonly TestUser QingpuReviewer = TestUser.Reviewer("lookup-reviewer-qp", Qingpu);
    private static readonly TestUser QingpuRegulator = new("lookup-regulator-qp", "lookup-regulator-qp@bureau.test", "Regulator", Qingpu);

    [SkippableFact]
    public async Task A_reviewer_finds_a_person_by_name_id_number_registration_number_and_certificate_number()
    {
        var (idNumber, name, number) = await RegisteredPersonAsync("查找甲", 2031);
        var certificate = await CertificateAsync(idNumber);
        var client = factory.ClientFor(QingpuReviewer);

        foreach (var query in new[] { name, idNumber, number.ToLowerInvariant(), certificate })
        {
            var found = await client.GetJsonAsync($"/api/registry/people?query={Uri.EscapeDataString(query)}");
            Assert.Equal([idNumber], found["people"]!.AsArray().Select(p => p!["idNumber"].Str()));
        }
    }

    [SkippableFact]
    public async Task A_regulator_finds_an_enterprise_by_credit_code_and_by_part_of_its_name()
    {
        await factory.SeedRegistryAsync();
        var (_, _, _, creditCode, employer) = DevelopmentRegistrySeed.People[2];
        var client = factory.ClientFor(QingpuRegulator);

        var byCode = await client.GetJsonAsync($"/api/registry/people?query={creditCode}");
        var byName = await client.GetJsonAsync($"/api/registry/people?query={Uri.EscapeDataString("吴江检测")}");

        Assert.Equal([creditCode], byCode["enterprises"]!.AsArray().Select(e => e!["creditCode"].Str()));
        Assert.Equal([employer], byName["enterprises"]!.AsArray().Select(e => e!["name"].Str()));
    }

    public static TheoryData<string> BadQueries() =>
    [
        "张",
        WrongLastCharacter(People.NewIdNumber()),
        WrongLastCharacter(People.CreditCode(Qingpu)),
    ];

    [SkippableTheory]
    [MemberData(nameof(BadQueries))]
    public async Task A_query_too_short_or_an_id_number_or_credit_code_with_a_wrong_check_character_is_a_problem_naming_the_query(string query)
    {
        var problem = await (await factory.ClientFor(QingpuReviewer).GetAsync($"/api/registry/people?query={Uri.EscapeDataString(query)}")).ReadAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["query"]);
    }

    private static string WrongLastCharacter(string code) => code[..^1] + (code[^1] == '1' ? '2' : '1');

    [SkippableFact]
    public async Task A_person_file_shows_records_qualifications_and_only_the_readers_district_cases_with_links()
    {
        var (idNumber, name, number) = await RegisteredPersonAsync("档案乙", 2032);
        var qingpuCase = await CaseAsync(idNumber, name, Qingpu, "SQ-310118-2032-000001");
        var wujiangCase = await CaseAsync(idNumber, name, Wujiang, "SQ-320509-2032-000001");
        var personId = $"registered-{idNumber}";

        var file = await factory.ClientFor(QingpuReviewer).GetJsonAsync($"/api/registry/people/{personId}");

        Assert.Equal((name, idNumber), (file["person"]!["name"].Str(), file["person"]!["idNumber"].Str()));
        Assert.Contains(number, file["records"]!.AsArray().Select(r => r!["number"].Str()));
        Assert.Equal([qingpuCase], file["cases"]!.AsArray().Select(c => c!["caseNumber"].Str()));
        Assert.DoesNotContain(wujiangCase, file.ToJsonString());
        Assert.Equal("instance-SQ-310118-2032-000001", file["cases"]![0]!["instanceId"].Str());
    }

    [SkippableFact]
    public async Task A_person_file_lists_the_registrations_history_newest_first_with_its_day_what_changed_and_the_case_linked_only_in_the_readers_district()
    {
        var (idNumber, name, number) = await RegisteredPersonAsync("历史戊", 2035);
        var qingpuCase = await CaseAsync(idNumber, name, Qingpu, "SQ-310118-2035-000001");
        var wujiangCase = await CaseAsync(idNumber, name, Wujiang, "SQ-320509-2035-000001");
        await HistoryAsync(number,
            (RegistrationEvent.Issued, new DateOnly(2021, 3, 1), null, "2021-03-01 – 2026-02-28", null, $"lookup-{wujiangCase}"),
            (RegistrationEvent.Cancelled, new DateOnly(2025, 6, 30), null, null, "本人申请注销", $"lookup-{qingpuCase}"),
            (RegistrationEvent.ProjectsChanged, new DateOnly(2023, 9, 15), "长度计量", "长度计量、热工计量", null, $"lookup-{qingpuCase}"));

        var file = await factory.ClientFor(QingpuReviewer).GetJsonAsync($"/api/registry/people/registered-{idNumber}");

        var history = file["history"]!.AsArray();
        Assert.Equal(["Cancelled", "ProjectsChanged", "Issued"], history.Select(h => h!["kind"].Str()));
        Assert.Equal(["2025-06-30", "2023-09-15", "2021-03-01"], history.Select(h => h!["effectiveOn"].Str()));
        Assert.Equal(("注销", "本人申请注销"), (history[0]!["event"]!["zhCn"].Str(), history[0]!["reason"].Str()));
        Assert.Equal(("长度计量", "长度计量、热工计量", number), (history[1]!["from"].Str(), history[1]!["to"].Str(), history[1]!["registrationNumber"].Str()));
        Assert.Equal((qingpuCase, "instance-SQ-310118-2035-000001"), (history[1]!["caseNumber"].Str(), history[1]!["case"]!["instanceId"].Str()));
        Assert.Equal(wujiangCase, history[2]!["caseNumber"].Str());
        Assert.Null(history[2]!["case"]);
    }

    [SkippableFact]
    public async Task Every_search_and_file_read_is_logged_with_reader_district_record_and_time()
    {
        var (idNumber, _, number) = await RegisteredPersonAsync("日志丙", 2033);
        var before = DateTimeOffset.UtcNow;
        var client = factory.ClientFor(QingpuRegulator);

        await client.GetJsonAsync($"/api/registry/people?query={idNumber}");
        await client.GetJsonAsync($"/api/registry/people/registered-{idNumber}");

        var reads = await factory.DatabaseAsync(db => db.RegistryReadLog.AsNoTracking()
            .Where(r => r.ReaderUserId == QingpuRegulator.Id && r.Purpose == RegistryLookup.LookupPurpose && (r.RecordNumber == idNumber || r.RecordNumber == number))
            .ToListAsync());
        Assert.Equal([idNumber, idNumber, number], reads.Select(r => r.RecordNumber).Order());
        Assert.All(reads, r => Assert.Equal((Qingpu, true), (r.ReaderDistrictCode, r.Found)));
        Assert.All(reads, r => Assert.InRange(r.ReadAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1)));
    }

    [SkippableFact]
    public async Task An_enterprise_file_lists_its_registrations_and_only_the_readers_district_cases()
    {
        await factory.SeedRegistryAsync();
        var (_, _, _, creditCode, _) = DevelopmentRegistrySeed.People[0];
        var (idNumber, name, number) = await RegisteredPersonAsync("单位丁", 2034);
        var qingpuCase = await CaseAsync(idNumber, name, Qingpu, "SQ-310118-2034-000001", creditCode);
        var wujiangCase = await CaseAsync(idNumber, name, Wujiang, "SQ-320509-2034-000001", creditCode);
        var enterpriseId = await factory.DatabaseAsync(db => db.Enterprises.Where(e => e.CreditCode == creditCode).Select(e => e.Id).SingleAsync());

        var file = await factory.ClientFor(QingpuReviewer).GetJsonAsync($"/api/registry/enterprises/{enterpriseId}");

        Assert.Contains(number, file["records"]!.AsArray().Select(r => r!["number"].Str()));
        var cases = file["cases"]!.AsArray().Select(c => c!["caseNumber"].Str()).ToList();
        Assert.Contains(qingpuCase, cases);
        Assert.DoesNotContain(wujiangCase, cases);
    }

    [SkippableFact]
    public async Task An_applicant_is_forbidden_and_an_anonymous_caller_unauthorized()
    {
        var applicant = await factory.ClientFor(TestUser.Applicant("lookup-applicant")).GetAsync("/api/registry/people?query=%E5%BC%A0%E4%BC%9F");
        var anonymous = await factory.CreateClient().GetAsync("/api/registry/people/seed-person-1");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (applicant.StatusCode, anonymous.StatusCode));
    }

    private async Task<(string IdNumber, string Name, string Number)> RegisteredPersonAsync(string name, int year)
    {
        await factory.SeedRegistryAsync();
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(factory, idNumber, name, MetrologistLevel.Level2, Qingpu, year, 400);
        return (idNumber, name, number);
    }

    private Task<string> CertificateAsync(string idNumber) => factory.DatabaseAsync(async db =>
    {
        var number = $"JL-LOOKUP-{idNumber[^6..]}";
        db.ProjectCertificates.Add(new ProjectCertificate
        {
            Id = $"lookup-{number}", Kind = ProjectCertificateKind.ProjectAssessment, Number = number, PersonId = $"registered-{idNumber}",
            Projects = ["长度计量"], IssuingDistrictCode = Qingpu, Issuer = "青浦区市场监督管理局", ValidTo = DateOnly.FromDateTime(DateTime.Today).AddYears(2), Status = RegistrationStatus.Active,
        });
        await db.SaveChangesAsync();
        return number;
    });

    private Task HistoryAsync(string number, params (RegistrationEvent Kind, DateOnly On, string? From, string? To, string? Reason, string ApplicationId)[] entries) =>
        factory.DatabaseAsync(async db =>
        {
            var registrationId = await db.Registrations.Where(r => r.Number == number).Select(r => r.Id).SingleAsync();
            foreach (var e in entries)
            {
                db.RegistrationHistory.Add(new RegistrationHistoryEntry
                {
                    RegistrationId = registrationId, RegistrationNumber = number, Kind = e.Kind, From = e.From, To = e.To, Reason = e.Reason,
                    EffectiveOn = e.On, RecordedAt = new DateTimeOffset(e.On.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero), ApplicationId = e.ApplicationId,
                });
            }
            await db.SaveChangesAsync();
            return 0;
        });

    private Task<string> CaseAsync(string idNumber, string name, string district, string caseNumber, string? creditCode = null) => factory.DatabaseAsync(async db =>
    {
        db.Applications.Add(new Application
        {
            Id = $"lookup-{caseNumber}", CaseNumber = caseNumber, Type = ApplicationType.Renewal, ApplicantUserId = "lookup-applicant", ApplicantEmail = "lookup@example.test",
            Status = ApplicationStatus.InReview, DistrictCode = district, PersonName = name, IdNumber = idNumber, EmployerCreditCode = creditCode,
            InstanceId = $"instance-{caseNumber}", CreatedAt = DateTimeOffset.UtcNow, SubmittedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return caseNumber;
    });
}

public sealed class SqliteRegistryLookupApiTests(MetrologyApiFactory factory) : RegistryLookupApiTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlRegistryLookupApiTests(PostgreSqlMetrologyApiFactory factory) : RegistryLookupApiTests<PostgreSqlMetrologyApiFactory>(factory);
