using Approvals.Core.Access;
using Approvals.Core.Districts;
using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Calendar;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Statistics;
using Microsoft.Extensions.Options;
using Moq;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>
/// The statistics of a period read the rows of that period (and the open cases) through indexes: with ten years of
/// cases, a scan of the applications, their timeline, the instances or the tasks makes every report cost the whole
/// history instead of the months asked for. Checked for the committee (every district), the widest report, and for the
/// list of cases behind a figure.
/// </summary>
public sealed class StatisticsQueryPlanTests
{
    private static readonly string[] HistoryTables = ["Applications", "ApplicationTimeline", "WorkflowInstances", "HumanTasks"];
    private static readonly Caller Committee = new("committee", "committee", "committee@test.local", new HashSet<string> { ApprovalsRoles.Regulator }, StaffDistricts.ExecutiveCommittee);
    private static readonly StatisticsPeriod Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    [Fact]
    public async Task Sqlite_the_report_searches_the_history_tables_through_indexes_and_scans_none()
    {
        await using var plans = await SqlitePlans.MigratedAsync();

        await Queries(plans.Db).ReportAsync(Committee, Year, null, CancellationToken.None);

        var sent = await plans.PlansOfQueriesSentAsync();
        Assert.NotEmpty(sent);
        Assert.All(sent, query => Assert.DoesNotContain(query.Plan, line => HistoryTables.Any(table => ScansWhole(line, query.Sql, table))));
        Assert.Contains(sent, query => query.Plan.Any(line => line.Contains("IX_Applications_DistrictCode_SubmittedAt", StringComparison.Ordinal)));
        Assert.Contains(sent, query => query.Plan.Any(line => line.Contains("IX_ApplicationTimeline_Status_At", StringComparison.Ordinal)));
        Assert.Contains(sent, query => query.Plan.Any(line => line.Contains("IX_Applications_DistrictCode_DecidedAt", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task PostgreSql_the_report_has_an_index_path_for_every_read_of_the_history_tables()
    {
        await using var plans = await PostgreSqlPlans.MigratedAsync();

        await Queries(plans.Db).ReportAsync(Committee, Year, null, CancellationToken.None);

        var sent = await plans.PlansOfQueriesSentAsync();
        Assert.NotEmpty(sent);
        Assert.All(sent, query => Assert.DoesNotContain(query.Plan, step => step.Text.Contains("Seq Scan", StringComparison.Ordinal) && HistoryTables.Contains(step.Relation)));
    }

    [Fact]
    public async Task Sqlite_the_cases_behind_a_figure_are_counted_and_paged_through_an_index_sorting_only_the_tie_break()
    {
        await using var plans = await SqlitePlans.MigratedAsync();

        await Queries(plans.Db).CasesAsync(Committee, Year, new CaseFigureFilter(CaseFigure.Approved, "310118"), 2, CancellationToken.None);

        var sent = await plans.PlansOfQueriesSentAsync();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, query => Assert.Contains(query.Plan, line => line.StartsWith("SEARCH a USING ", StringComparison.Ordinal) && line.Contains("INDEX IX_Applications_", StringComparison.Ordinal)));
        Assert.All(sent, query => Assert.DoesNotContain(query.Plan, line => line.StartsWith("SCAN ", StringComparison.Ordinal) || line == "USE TEMP B-TREE FOR ORDER BY"));
    }

    [SkippableFact]
    public async Task PostgreSql_the_cases_behind_a_figure_are_counted_and_paged_within_an_index_condition()
    {
        await using var plans = await PostgreSqlPlans.MigratedAsync();

        await Queries(plans.Db).CasesAsync(Committee, Year, new CaseFigureFilter(CaseFigure.Approved, "310118"), 2, CancellationToken.None);

        var sent = await plans.PlansOfQueriesSentAsync();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, query => Assert.All(query.Plan.Where(step => step.Relation == "Applications"), step => Assert.False(step.ReadsWhole, step.Text)));
    }

    private static StatisticsQueries Queries(ApprovalsDbContext db) =>
        new(db, DistrictDirectory.LoadEmbedded(), Mock.Of<IWorkingDayMeasure>(),
            Mock.Of<IOptionsMonitor<StatutoryLimitOptions>>(o => o.CurrentValue == new StatutoryLimitOptions()), TimeProvider.System);

    /// <summary>A SQLite plan line that reads every row of <paramref name="table"/> (under its name or the alias the query gives it).</summary>
    private static bool ScansWhole(string line, string sql, string table) =>
        line.StartsWith("SCAN ", StringComparison.Ordinal) && Aliases(sql, table).Any(name => line == "SCAN " + name || line.StartsWith("SCAN " + name + " ", StringComparison.Ordinal));

    private static IEnumerable<string> Aliases(string sql, string table)
    {
        yield return table;
        var marker = $"\"{table}\" AS ";
        for (var at = sql.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = sql.IndexOf(marker, at + 1, StringComparison.Ordinal))
            yield return new string([.. sql[(at + marker.Length)..].TakeWhile(c => char.IsLetterOrDigit(c) || c == '_')]);
    }
}
