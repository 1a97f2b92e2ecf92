using Approvals.Infrastructure.Workflows;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>
/// Every step reads a few rows by key: the version it runs, its instance, the task it completes, the four-eyes check,
/// the last decision at a step it returns to, a bookmark's instance. SQLite plans without statistics, so an index led
/// by a column with three values (a task's status) looks as narrow to it as the instance's own: the last decision
/// once read every completed task of the zone on each step that asked for it. Each read must reach its rows through
/// a range of an index that names them, and never sort.
/// </summary>
public sealed class StepReadPlanTests
{
    [Fact]
    public async Task Each_read_of_a_step_reaches_its_rows_through_a_key_and_never_scans_or_sorts()
    {
        await using var plans = await SqlitePlans.MigratedAsync();
        var reads = new StepLoadQueries();
        var db = plans.Db;
        var none = CancellationToken.None;

        await reads.Instance(db, "i-1", none);
        await reads.InstanceInDistrict(db, "i-1", "310118", none);
        await reads.CurrentVersion(db, "d", none);
        await reads.PublishedVersion(db, "d", 1, none);
        await reads.TrackedTask(db, "t-1", none);
        await reads.UntrackedTask(db, "t-1", none);
        await reads.IsExcluded(db, "t-1", "reviewer", none);
        await reads.LastDecision(db, "i-1", "review", none);
        await reads.BookmarkInstance(db, "b-1", none);

        var sent = await plans.PlansOfQueriesSentAsync();
        Assert.Equal(9, sent.Count);
        Assert.All(sent, query =>
        {
            // SCAN CONSTANT ROW is the one row an EXISTS answers with.
            Assert.DoesNotContain(query.Plan, line => line.StartsWith("SCAN ", StringComparison.Ordinal) && line != "SCAN CONSTANT ROW");
            Assert.DoesNotContain(query.Plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
            Assert.DoesNotContain(query.Plan, line => line.EndsWith("(Status=?)", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task The_last_decision_at_a_step_reads_the_instances_completed_tasks_of_that_step_newest_first()
    {
        await using var plans = await SqlitePlans.MigratedAsync();

        await new StepLoadQueries().LastDecision(plans.Db, "i-1", "review", CancellationToken.None);

        var plan = Assert.Single(await plans.PlansOfQueriesSentAsync()).Plan;
        Assert.Contains(plan, line => line.Contains("INDEX IX_HumanTasks_InstanceId_Status_ActivityId_CompletedAt (InstanceId=? AND Status=? AND ActivityId=?)", StringComparison.Ordinal));
    }
}
