using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;
using ClosedXML.Excel;
using static Approvals.Web.Tests.Statistics.StatisticsDataSet;

namespace Approvals.Web.Tests.Statistics;

/// <summary>The oversight figures of <see cref="StatisticsDataSet"/>, as the API and the spreadsheet give them.</summary>
public abstract class StatisticsApiTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Period = $"?from={From}&to={To}";
    private static readonly TestUser QingpuRegulator = new("st-qp-regulator", "qp@bureau.test", "Regulator", Qingpu);
    private static readonly TestUser Committee = new("st-committee", "ec@committee.test", "Regulator", "executive-committee");
    private readonly TFactory _factory;

    protected StatisticsApiTests(TFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        _factory.EnsureAvailable();
        await _factory.DatabaseAsync(async db =>
        {
            if (!db.Applications.Any(a => a.Id == "st-a1"))
                await AddAsync(db);
            return 0;
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_district_regulator_reads_the_counts_of_their_district_per_type_and_level_for_the_period()
    {
        var report = await _factory.ClientFor(QingpuRegulator).GetJsonAsync("/api/statistics" + Period);

        Assert.Equal([Qingpu], report["districts"]!.AsArray().Select(d => d.Str()));
        var rows = report["applications"]!.AsArray();
        Assert.Equal(3, rows.Count);
        AssertCounts(Row(rows, "InitialRegistration", "Level2"), received: 3, accepted: 2, notAccepted: 1, approved: 1, rejected: 1, withdrawn: 0);
        AssertCounts(Row(rows, "InitialRegistration", "Level1"), received: 1, accepted: 1, notAccepted: 0, approved: 0, rejected: 0, withdrawn: 1);
        AssertCounts(Row(rows, "Renewal", "Level2"), received: 1, accepted: 1, notAccepted: 0, approved: 1, rejected: 0, withdrawn: 0);
    }

    [SkippableFact]
    public async Task Decision_times_are_the_median_and_90th_percentile_of_working_days_from_acceptance_with_the_cases_over_the_limit()
    {
        var report = await _factory.ClientFor(QingpuRegulator).GetJsonAsync("/api/statistics" + Period);

        var times = Assert.Single(report["decisionTimes"]!.AsArray())!;
        Assert.Equal(3, (int)times["decided"]!);
        Assert.Equal(10, (int)times["medianWorkingDays"]!);
        Assert.Equal(21, (int)times["percentile90WorkingDays"]!);
        Assert.Equal(20, (int)times["limitWorkingDays"]!);
        Assert.Equal(1, (int)times["overLimit"]!);
    }

    [SkippableFact]
    public async Task Monthly_trend_corrections_and_registrations_are_counted_per_district()
    {
        var report = await _factory.ClientFor(QingpuRegulator).GetJsonAsync("/api/statistics" + Period);

        var trend = report["trend"]!.AsArray();
        Assert.Equal([(4, 2), (1, 1)], trend.Select(t => ((int)t!["received"]!, (int)t["decided"]!)));
        var corrections = Assert.Single(report["corrections"]!.AsArray())!;
        Assert.Equal((5, 2, 3), ((int)corrections["received"]!, (int)corrections["corrected"]!, (int)corrections["correctionRounds"]!));
        Assert.Equal(40.0m, (decimal)corrections["ratePercent"]!);
        Assert.Equal(0.6m, (decimal)corrections["averagePerCase"]!);
        var registrations = Assert.Single(report["registrations"]!.AsArray())!;
        Assert.Equal([1, 1, 1, 1, 1], new[] { "active", "expiringIn90Days", "expired", "cancelled", "revoked" }.Select(k => (int)registrations[k]!));
    }

    [SkippableFact]
    public async Task The_committee_sees_the_three_districts_side_by_side_with_the_recognition_matrix_open_and_overdue_work_and_answers()
    {
        var report = await _factory.ClientFor(Committee).GetJsonAsync("/api/statistics" + Period);

        Assert.Equal([Qingpu, Wujiang, Jiashan], report["districts"]!.AsArray().Select(d => d.Str()));
        Assert.Equal([$"{Qingpu}>{Jiashan}:2", $"{Wujiang}>{Qingpu}:1"],
            report["recognitions"]!.AsArray().Select(r => $"{r!["fromDistrict"].Str()}>{r["toDistrict"].Str()}:{(int)r["count"]!}"));
        var open = Assert.Single(report["openCases"]!.AsArray())!;
        Assert.Equal((Jiashan, "InReview", 2, 2), (open["district"].Str(), open["status"].Str(), (int)open["over60Days"]!, (int)open["total"]!));
        var overdue = report["overdue"]!.AsArray().Single(o => o!["district"].Str() == Jiashan)!;
        Assert.Equal((1, 1), ((int)overdue["overdueTasks"]!, (int)overdue["overdueCases"]!));
        Assert.All(report["overdue"]!.AsArray().Where(o => o!["district"].Str() != Jiashan), o => Assert.Equal(0, (int)o!["overdueTasks"]! + (int)o["overdueCases"]!));
        Assert.Equal(["Confirmed:2:2:6", "NotFound:1:30:30"],
            report["verifications"]!.AsArray().Select(v => $"{v!["result"].Str()}:{(int)v["count"]!}:{(int)v["medianHours"]!}:{(int)v["percentile90Hours"]!}"));
        Assert.Equal(1, (int)report["registrations"]!.AsArray().Single(r => r!["district"].Str() == Wujiang)!["active"]!);
    }

    [SkippableFact]
    public async Task A_case_is_past_its_limit_by_its_statutory_due_date_so_a_correction_pause_keeps_an_old_case_within_it()
    {
        var report = await _factory.ClientFor(Committee).GetJsonAsync($"/api/statistics{Period}&district={Jiashan}");

        // Both Jiashan cases were accepted more than 20 working days ago; only st-b1's due date has passed.
        Assert.Equal(1, (int)Assert.Single(report["overdue"]!.AsArray())!["overdueCases"]!);
        Assert.Equal(2, (int)Assert.Single(report["openCases"]!.AsArray())!["total"]!);
    }

    [SkippableFact]
    public async Task The_cases_behind_a_figure_are_listed_with_the_same_count_as_the_figure()
    {
        var client = _factory.ClientFor(QingpuRegulator);

        var received = await client.GetJsonAsync($"/api/statistics/cases{Period}&district={Qingpu}&figure=Received&type=InitialRegistration&level=Level2");
        var withdrawn = await client.GetJsonAsync($"/api/statistics/cases{Period}&district={Qingpu}&figure=Withdrawn&type=InitialRegistration&level=Level1");
        var approvedRenewals = await client.GetJsonAsync($"/api/statistics/cases{Period}&district={Qingpu}&figure=Approved&type=Renewal&level=Level2");

        Assert.Equal(3, (int)received["total"]!);
        Assert.Equal(["st-a3", "st-a2", "st-a1"], received["cases"]!.AsArray().Select(c => c!["id"].Str()));
        Assert.Equal(["st-a4"], withdrawn["cases"]!.AsArray().Select(c => c!["id"].Str()));
        Assert.Equal(["st-a5"], approvedRenewals["cases"]!.AsArray().Select(c => c!["id"].Str()));
    }

    [SkippableFact]
    public async Task The_list_behind_a_figure_shows_case_numbers_and_states_but_no_applicants_name_or_ID_number()
    {
        var response = await _factory.ClientFor(Committee).GetAsync($"/api/statistics/cases{Period}&district={Qingpu}&figure=Received");
        // Unescaped, so a name cannot hide behind \u escapes.
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("st-a1", body, StringComparison.Ordinal);
        Assert.DoesNotContain(ApplicantName, body, StringComparison.Ordinal);
        Assert.DoesNotContain(ApplicantIdNumber, body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_committee_lists_the_open_and_the_overdue_cases_behind_those_figures_and_a_district_regulator_not_another_district()
    {
        var committee = _factory.ClientFor(Committee);

        var open = await committee.GetJsonAsync($"/api/statistics/cases{Period}&district={Jiashan}&figure=OpenOver60Days&status=InReview");
        var overdue = await committee.GetJsonAsync($"/api/statistics/cases{Period}&district={Jiashan}&figure=Overdue");
        var otherDistrict = await _factory.ClientFor(QingpuRegulator).GetAsync($"/api/statistics/cases{Period}&district={Jiashan}&figure=Overdue");
        var unknownFigure = await committee.GetAsync($"/api/statistics/cases{Period}&district={Jiashan}&figure=Everything");

        Assert.Equal(["st-b1", "st-b2"], open["cases"]!.AsArray().Select(c => c!["id"].Str()));
        Assert.Equal(["st-b1"], overdue["cases"]!.AsArray().Select(c => c!["id"].Str()));
        Assert.Equal(HttpStatusCode.NotFound, otherDistrict.StatusCode);
        Assert.NotNull((await unknownFigure.ReadAsync(HttpStatusCode.BadRequest))["errors"]!["figure"]);
    }

    [SkippableFact]
    public async Task Another_district_answers_not_found_and_a_period_ending_before_it_starts_is_a_bad_request()
    {
        var client = _factory.ClientFor(QingpuRegulator);

        (await client.GetAsync($"/api/statistics{Period}&district={Jiashan}")).ReadAsync(HttpStatusCode.NotFound).GetAwaiter().GetResult();
        var problem = await (await client.GetAsync("/api/statistics?from=2025-04-30&to=2025-03-01")).ReadAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["to"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await _factory.ClientFor(TestUser.Reviewer("st-reviewer", Qingpu)).GetAsync("/api/statistics" + Period)).StatusCode);
    }

    [SkippableFact]
    public async Task The_committee_narrows_to_one_district_and_the_spreadsheet_holds_the_same_numbers()
    {
        var client = _factory.ClientFor(Committee);
        var response = await client.GetAsync($"/api/statistics/export.xlsx{Period}&district={Qingpu}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(9, workbook.Worksheets.Count);
        var applications = workbook.Worksheet(1);
        Assert.Equal(4, applications.LastRowUsed().RowNumber());
        var numbers = applications.Rows(2, 4).Select(r => string.Join(",", Enumerable.Range(4, 6).Select(c => r.Cell(c).GetValue<int>()))).ToList();
        // Rows in type then level order: initial level 1, initial level 2, renewal level 2.
        Assert.Equal(["1,1,0,0,0,1", "3,2,1,1,1,0", "1,1,0,1,0,0"], numbers);
        var times = workbook.Worksheet(4);
        Assert.Equal([3, 10, 21, 20, 1], Enumerable.Range(2, 5).Select(c => times.Cell(2, c).GetValue<int>()));

        var csv = await client.GetStringAsync($"/api/statistics/corrections.csv{Period}&district={Qingpu}");
        Assert.EndsWith(",5,2,40,0.6", csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].TrimEnd('\r'));
    }

    private static JsonNode Row(JsonArray rows, string type, string level) =>
        rows.Single(r => r!["type"].Str() == type && r["level"].Str() == level)!;

    private static void AssertCounts(JsonNode row, int received, int accepted, int notAccepted, int approved, int rejected, int withdrawn) =>
        Assert.Equal((received, accepted, notAccepted, approved, rejected, withdrawn),
            ((int)row["received"]!, (int)row["accepted"]!, (int)row["notAccepted"]!, (int)row["approved"]!, (int)row["rejected"]!, (int)row["withdrawn"]!));
}

public sealed class SqliteStatisticsApiTests(MetrologyApiFactory factory) : StatisticsApiTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlStatisticsApiTests(PostgreSqlMetrologyApiFactory factory) : StatisticsApiTests<PostgreSqlMetrologyApiFactory>(factory);
