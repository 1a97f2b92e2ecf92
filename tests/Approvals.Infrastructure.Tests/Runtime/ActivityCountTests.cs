using Approvals.Testing.StepCommits;
using Approvals.Core.Access;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Text;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Infrastructure.Tests.Runtime;

/// <summary>
/// The designer's counts, kept in the step's transaction, equal what counting the journal gives (the query they
/// replace), per district and for the executive committee, on each provider.
/// </summary>
public abstract class ActivityCountTests
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private static readonly Caller QingpuReviewer = new("qp", "qp", null, new HashSet<string> { ApprovalsRoles.Reviewer }, Qingpu);
    private static readonly Caller WujiangReviewer = new("wj", "wj", null, new HashSet<string> { ApprovalsRoles.Reviewer }, Wujiang);

    // A rejected first review goes back to the first review, so an instance can pass it twice.
    private static readonly Func<string, string> ReviewAgainOnReject = json => json.Replace(
        "{ \"source\": { \"activity\": \"review\", \"port\": \"Reject\" }, \"target\": { \"activity\": \"rejected\", \"port\": \"In\" } }",
        "{ \"source\": { \"activity\": \"review\", \"port\": \"Reject\" }, \"target\": { \"activity\": \"review\", \"port\": \"In\" } }",
        StringComparison.Ordinal);

    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    [SkippableFact]
    public async Task Counts_equal_the_journals_with_a_repeated_passage_another_district_a_lost_race_and_two_instances_passing_at_once()
    {
        var held = new HeldCommit();
        var loads = new InstanceLoads();
        var target = await CreateTargetAsync();
        await using var _ = target;
        await using var host = await RuntimeHost.StartAsync(target, configure: s => s.AddSingleton<IStepCommitObserver>(held).AddSingleton<IInterceptor>(loads));
        var version = await host.PublishAsync("two-step-approval", ReviewAgainOnReject);
        var twice = await StartAsync(host, Qingpu);
        var together = new[] { await StartAsync(host, Qingpu), await StartAsync(host, Wujiang) };
        var raced = await StartAsync(host, Qingpu);
        await StartAsync(host, null);

        await CompleteAsync(host, twice, "Reject");
        await FoldAsync(host);
        await CompleteAsync(host, twice, "Approve");
        await Task.WhenAll(together.Select(id => Task.Run(() => CompleteAsync(host, id, "Approve"))));
        await LoseARaceAsync(host, held, loads, raced);

        foreach (var caller in new[] { Caller.System, QingpuReviewer, WujiangReviewer })
        {
            var counts = await CountsAsync(host, version, caller);
            Assert.Equal(await JournalCountsAsync(host, version, caller), counts);
        }
        var all = await CountsAsync(host, version, Caller.System);
        Assert.Equal([new("review", 1, 4), new("second", 4, 0), new("start", 0, 5)], all);
        var qingpu = await CountsAsync(host, version, QingpuReviewer);
        Assert.Equal([new("review", 0, 3), new("second", 3, 0), new("start", 0, 3)], qingpu);
    }

    [SkippableFact]
    public async Task Folding_leaves_one_tally_row_per_activity_and_changes_no_count()
    {
        var target = await CreateTargetAsync();
        await using var _ = target;
        await using var host = await RuntimeHost.StartAsync(target);
        var version = await host.PublishAsync("two-step-approval");
        for (var i = 0; i < 3; i++)
            await CompleteAsync(host, await StartAsync(host, Qingpu), "Approve");
        var before = await CountsAsync(host, version, Caller.System);

        await FoldAsync(host);

        var after = await CountsAsync(host, version, Caller.System);
        Assert.Equal(before, after);
        Assert.Equal([new("review", 0, 3), new("second", 3, 0), new("start", 0, 3)], after);
        Assert.Equal(2, await host.DatabaseAsync(db => db.ActivityPassageTallies.CountAsync()));
    }

    [SkippableFact]
    public async Task A_backlog_larger_than_a_batch_is_folded_in_batches_and_keeps_every_passage()
    {
        var target = await CreateTargetAsync();
        await using var _ = target;
        await using var host = await RuntimeHost.StartAsync(target);
        var version = await host.PublishAsync("two-step-approval");
        await CompleteAsync(host, await StartAsync(host, Qingpu), "Approve");
        var before = await CountsAsync(host, version, Caller.System);
        // What a restore or a bulk load leaves: more rows than one transaction folds, all of one activity.
        var backlog = ActivityTallyFolder.BatchRows + 5_000;
        await host.DatabaseAsync(async db =>
        {
            db.ActivityPassageTallies.AddRange(Enumerable.Range(0, backlog).Select(_ => new ActivityPassageTally
            {
                DefinitionId = "two-step-approval", DefinitionVersion = version, District = Qingpu, ActivityId = "start", Passed = 1,
            }));
            return await db.SaveChangesAsync();
        });

        await FoldAsync(host);

        var after = await CountsAsync(host, version, Caller.System);
        Assert.Equal(before.Single(c => c.ActivityId == "start").Passed + backlog, after.Single(c => c.ActivityId == "start").Passed);
        Assert.Equal(before.Where(c => c.ActivityId != "start"), after.Where(c => c.ActivityId != "start"));
        // One summed row per batch: the fold took two transactions, neither holding the writers off for the whole backlog.
        Assert.Equal(2, await host.DatabaseAsync(db => db.ActivityPassageTallies.CountAsync(t => t.ActivityId == "start")));
    }

    [SkippableFact]
    public async Task Rows_far_apart_in_id_are_folded_together()
    {
        var target = await CreateTargetAsync();
        await using var _ = target;
        await using var host = await RuntimeHost.StartAsync(target);
        var version = await host.PublishAsync("two-step-approval");
        await CompleteAsync(host, await StartAsync(host, Qingpu), "Approve");
        await FoldAsync(host);
        var before = await CountsAsync(host, version, Caller.System);
        // What a folded tally looks like after years: a few rows, their ids further apart than a batch's row count.
        var newest = await host.DatabaseAsync(db => db.ActivityPassageTallies.MaxAsync(t => t.Id));
        await host.DatabaseAsync(async db =>
        {
            db.ActivityPassageTallies.AddRange(Enumerable.Range(1, 3).Select(i => new ActivityPassageTally
            {
                Id = newest + i * 3L * ActivityTallyFolder.BatchRows,
                DefinitionId = "two-step-approval", DefinitionVersion = version, District = Qingpu, ActivityId = "review", Passed = 1,
            }));
            await db.SaveChangesAsync();
            // Ids given explicitly leave PostgreSQL's identity behind them; a restore sets it past them, and so does this.
            return db.Database.IsNpgsql()
                ? await db.Database.ExecuteSqlRawAsync("""SELECT setval(pg_get_serial_sequence('"ActivityPassageTallies"', 'Id'), (SELECT MAX("Id") FROM "ActivityPassageTallies"))""")
                : 0;
        });

        await FoldAsync(host);

        var after = await CountsAsync(host, version, Caller.System);
        Assert.Equal(before.Single(c => c.ActivityId == "review").Passed + 3, after.Single(c => c.ActivityId == "review").Passed);
        // A batch is a count of rows, not a span of ids: the four rows of "review" were one batch and became one row.
        Assert.Equal(1, await host.DatabaseAsync(db => db.ActivityPassageTallies.CountAsync(t => t.ActivityId == "review")));
    }

    private static Task<IReadOnlyList<ActivityCount>> CountsAsync(RuntimeHost host, int version, Caller caller) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ActivityCounts>().CountAsync("two-step-approval", version, caller, default));

    private static Task<int> FoldAsync(RuntimeHost host) => host.InScopeAsync(async sp =>
    {
        await sp.GetRequiredService<ActivityTallyFolder>().FoldAsync(default);
        return 0;
    });

    private static async Task<string> StartAsync(RuntimeHost host, string? district) =>
        (await host.RuntimeAsync(r => r.StartAsync(new InstanceStart("two-step-approval", District: district), default))).Id;

    private static async Task CompleteAsync(RuntimeHost host, string instanceId, string outcome)
    {
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open, InstanceId: instanceId), Caller.System, default))).Single();
        await host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus(outcome, Actor: "reviewer"), Caller.System, default));
    }

    /// <summary>
    /// Two completions of one task: the second read the instance before the first committed, so its step (passage
    /// rows included) loses at commit, is re-run and refused.
    /// </summary>
    private static async Task LoseARaceAsync(RuntimeHost host, HeldCommit held, InstanceLoads loads, string instanceId)
    {
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open, InstanceId: instanceId), Caller.System, default))).Single();
        held.HoldNext();
        var winner = Task.Run(() => host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve", Actor: "first"), Caller.System, default)));
        await held.Written.WaitAsync(TimeSpan.FromSeconds(60));
        var loaded = loads.NextAsync();
        var loser = Task.Run(() => host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve", Actor: "second"), Caller.System, default)));
        await loaded.WaitAsync(TimeSpan.FromSeconds(60));
        held.Release();
        await winner;
        await Assert.ThrowsAsync<ConflictRefusal>(() => loser);
    }

    /// <summary>The query the tally replaced: distinct instances per activity from the open bookmarks and the journal.</summary>
    private static Task<List<ActivityCount>> JournalCountsAsync(RuntimeHost host, int version, Caller scope) => host.DatabaseAsync(async db =>
    {
        var instances = db.WorkflowInstances.AsNoTracking().Where(i => i.DefinitionId == "two-step-approval" && i.DefinitionVersion == version);
        if (scope.VisibleDistrict is { } district)
            instances = instances.Where(i => i.District == district);
        var waiting = await (
                from bookmark in db.Bookmarks
                join instance in instances on bookmark.InstanceId equals instance.Id
                group bookmark by bookmark.ActivityId into byActivity
                select new { ActivityId = byActivity.Key, Instances = byActivity.Select(b => b.InstanceId).Distinct().Count() })
            .ToDictionaryAsync(w => w.ActivityId, w => w.Instances);
        var passed = await (
                from line in db.Journal
                where line.Event == JournalEvent.Executed || line.Event == JournalEvent.Resumed
                join instance in instances on line.InstanceId equals instance.Id
                group line by line.ActivityId into byActivity
                select new { ActivityId = byActivity.Key, Instances = byActivity.Select(l => l.InstanceId).Distinct().Count() })
            .ToDictionaryAsync(p => p.ActivityId, p => p.Instances);
        return waiting.Keys.Union(passed.Keys).Order(StringComparer.Ordinal)
            .Select(id => new ActivityCount(id, waiting.GetValueOrDefault(id), passed.GetValueOrDefault(id))).ToList();
    });
}

public sealed class SqliteActivityCountTests : ActivityCountTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}

public sealed class PostgreSqlActivityCountTests : ActivityCountTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
