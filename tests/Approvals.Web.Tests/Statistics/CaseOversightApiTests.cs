using System.Net;
using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.UseCases.Cases;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Statistics;

/// <summary>
/// Regulators read the cases of their district, executive-committee staff every case, read-only; another district's case
/// answers exactly like a missing one; every such read is in the registry read log.
/// </summary>
public abstract class CaseOversightApiTests<TFactory> : IClassFixture<TFactory>
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private static readonly TestUser QingpuRegulator = new("ov-qp-regulator", "ov-qp@bureau.test", "Regulator", Qingpu);
    private static readonly TestUser WujiangRegulator = new("ov-wj-regulator", "ov-wj@bureau.test", "Regulator", "320509");
    private static readonly TestUser Committee = new("ov-committee", "ov-ec@committee.test", "Regulator", StaffDistricts.ExecutiveCommittee);
    private readonly TFactory _factory;
    private readonly Cases _cases;

    protected CaseOversightApiTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    private async Task<(string Id, string Number)> SubmittedQingpuCaseAsync()
    {
        _factory.EnsureAvailable();
        var applicant = TestUser.Applicant("ov-applicant-" + Guid.NewGuid().ToString("N")[..8]);
        var (_, id, submitted) = await _cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-OVERSIGHT-01"), Cases.InitialDocuments);
        return (id, submitted["summary"]!["caseNumber"].Str());
    }

    private Task<List<string>> ReadsAsync(string reader, string caseNumber) =>
        _factory.DatabaseAsync(db => db.RegistryReadLog.AsNoTracking()
            .Where(r => r.ReaderUserId == reader && r.RecordNumber == caseNumber).OrderBy(r => r.Id)
            .Select(r => r.Purpose + "@" + r.ReaderDistrictCode).ToListAsync());

    [SkippableFact]
    public async Task A_regulator_reads_a_case_of_their_district_with_its_documents_and_journal_and_each_read_is_logged()
    {
        var (id, number) = await SubmittedQingpuCaseAsync();
        var regulator = _factory.ClientFor(QingpuRegulator);

        var @case = await regulator.GetJsonAsync($"/api/applications/{id}");
        Assert.Equal(number, @case["summary"]!["caseNumber"].Str());
        Assert.Contains("Submitted", Cases.Timeline(@case));
        var documents = @case["documents"]!.AsArray();
        Assert.Equal(Cases.InitialDocuments.Length, documents.Count);
        var documentId = documents[0]!["id"].Str();
        var download = await regulator.GetAsync($"/api/applications/{id}/documents/{documentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.True((await download.Content.ReadAsByteArrayAsync()).Length > 0);

        Assert.Equal([$"{CaseReadLog.Purpose}:case@{Qingpu}", $"{CaseReadLog.Purpose}:document:{documentId}@{Qingpu}"], await ReadsAsync(QingpuRegulator.Id, number));
    }

    [SkippableFact]
    public async Task A_regulator_cannot_act_on_a_case_they_read()
    {
        var (id, _) = await SubmittedQingpuCaseAsync();
        var regulator = _factory.ClientFor(QingpuRegulator);

        Assert.Equal(HttpStatusCode.Forbidden, (await regulator.PostAsync($"/api/applications/{id}/withdraw", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await regulator.PutAsync($"/api/applications/{id}", JsonContent())).StatusCode);
        Assert.NotEqual("Withdrawn", Cases.Status(await regulator.GetJsonAsync($"/api/applications/{id}")));
    }

    [SkippableFact]
    public async Task Another_districts_regulator_gets_the_answer_of_a_case_that_does_not_exist_and_nothing_is_logged()
    {
        var (id, number) = await SubmittedQingpuCaseAsync();
        var wujiang = _factory.ClientFor(WujiangRegulator);

        var other = await (await wujiang.GetAsync($"/api/applications/{id}")).ReadAsync(HttpStatusCode.NotFound);
        var missing = await (await wujiang.GetAsync("/api/applications/ov-no-such-case")).ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal(Shape(missing, "ov-no-such-case"), Shape(other, id));
        Assert.Equal(HttpStatusCode.NotFound, (await wujiang.GetAsync($"/api/applications/{id}/documents/any")).StatusCode);
        Assert.Empty(await ReadsAsync(WujiangRegulator.Id, number));
    }

    [SkippableFact]
    public async Task The_committee_reads_cases_of_every_district_and_its_reads_are_logged_as_the_committee()
    {
        var (id, number) = await SubmittedQingpuCaseAsync();

        var @case = await _factory.ClientFor(Committee).GetJsonAsync($"/api/applications/{id}");

        Assert.Equal(number, @case["summary"]!["caseNumber"].Str());
        Assert.Equal([$"{CaseReadLog.Purpose}:case@{StaffDistricts.ExecutiveCommittee}"], await ReadsAsync(Committee.Id, number));
    }

    [SkippableFact]
    public async Task An_applicants_draft_stays_theirs_until_it_is_submitted()
    {
        _factory.EnsureAvailable();
        var (_, id) = await _cases.DraftAsync(TestUser.Applicant("ov-drafter"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-OVERSIGHT-02"));

        Assert.Equal(HttpStatusCode.NotFound, (await _factory.ClientFor(QingpuRegulator).GetAsync($"/api/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.ClientFor(Committee).GetAsync($"/api/applications/{id}")).StatusCode);
    }

    /// <summary>What a caller learns from a refusal, with the id it asked for taken out.</summary>
    private static string Shape(JsonNode problem, string id) =>
        $"{(int)problem["status"]!}|{problem["title"]?.ToString()}|{problem["detail"]?.ToString().Replace(id, "ID", StringComparison.Ordinal)}";

    private static StringContent JsonContent() => new("{}", System.Text.Encoding.UTF8, "application/json");
}

public sealed class SqliteCaseOversightApiTests(MetrologyApiFactory factory) : CaseOversightApiTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlCaseOversightApiTests(PostgreSqlMetrologyApiFactory factory) : CaseOversightApiTests<PostgreSqlMetrologyApiFactory>(factory);
