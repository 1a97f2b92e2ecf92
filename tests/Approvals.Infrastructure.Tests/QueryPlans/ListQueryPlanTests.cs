using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.UseCases.Tasks;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>
/// The lists people open every few seconds read indexes, never the whole table: with a million finished cases a
/// full scan or a sort of every row takes seconds, while the page needs twenty rows (SQLite's plans, checked on the
/// migrated schema).
/// </summary>
public sealed class ListQueryPlanTests
{
    private const string Qingpu = "310118";
    private static readonly Caller QingpuReviewer = new("reviewer", "reviewer", "reviewer@test.local", new HashSet<string> { ApprovalsRoles.Reviewer }, Qingpu);
    private static readonly Caller CommitteeRegulator = new("committee", "committee", "committee@test.local", new HashSet<string> { ApprovalsRoles.Regulator }, StaffDistricts.ExecutiveCommittee);

    [Fact]
    public async Task A_reviewers_inbox_finds_its_open_tasks_through_an_index_and_scans_no_table()
    {
        await using var plans = await SqlitePlans.MigratedAsync();
        await SeedOpenTaskAsync(plans);

        var page = await new WorkflowQueries(plans.Db).PageTasksAsync(new TaskFilter(HumanTaskStatus.Open, Unassigned: true), new WorklistQuery(), QingpuReviewer, DateTimeOffset.UtcNow, CancellationToken.None);

        var sent = await plans.PlansOfQueriesSentAsync();
        Assert.Single(page.Rows);
        Assert.NotEmpty(sent);
        Assert.All(sent, query => Assert.DoesNotContain(query.Plan, line => line.StartsWith("SCAN ", StringComparison.Ordinal)));
        Assert.Contains(sent, query => query.Plan.Any(line => line.Contains("USING INDEX IX_HumanTasks_", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_districts_instance_list_reads_its_newest_instances_from_an_index_without_sorting_the_table()
    {
        await using var plans = await SqlitePlans.MigratedAsync();

        await new WorkflowQueries(plans.Db).ListInstancesAsync(new InstanceFilter(Take: 50), QingpuReviewer, CancellationToken.None);

        var list = (await plans.PlansOfQueriesSentAsync())[0].Plan;
        Assert.Contains(list, line => line.StartsWith("SEARCH ", StringComparison.Ordinal) && line.Contains("IX_WorkflowInstances_District_CreatedAt", StringComparison.Ordinal));
        Assert.DoesNotContain(list, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_committees_instance_list_of_every_district_walks_the_creation_index_and_stops_at_the_page()
    {
        await using var plans = await SqlitePlans.MigratedAsync();

        await new WorkflowQueries(plans.Db).ListInstancesAsync(new InstanceFilter(Take: 50), CommitteeRegulator, CancellationToken.None);

        var list = (await plans.PlansOfQueriesSentAsync())[0].Plan;
        Assert.Contains(list, line => line.Contains("USING INDEX IX_WorkflowInstances_CreatedAt", StringComparison.Ordinal));
        Assert.DoesNotContain(list, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    private static async Task SeedOpenTaskAsync(SqlitePlans plans)
    {
        var now = DateTimeOffset.UtcNow;
        plans.Db.WorkflowInstances.Add(new WorkflowInstanceRecord { Id = "i-1", DefinitionId = "d", StateJson = "{}", District = Qingpu, CreatedAt = now, UpdatedAt = now });
        plans.Db.HumanTasks.Add(new HumanTaskRecord
        {
            Id = "t-1", InstanceId = "i-1", ActivityId = "review", Title = "审核", Role = ApprovalsRoles.Reviewer, District = Qingpu,
            OutcomesJson = "[\"Approve\"]", ReasonRequiredForJson = "[]", Status = HumanTaskStatus.Open, CreatedAt = now,
        });
        await plans.Db.SaveChangesAsync();
        await plans.PlansOfQueriesSentAsync();
    }
}
