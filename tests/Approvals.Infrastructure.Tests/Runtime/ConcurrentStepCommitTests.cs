using Approvals.Testing.StepCommits;
using Approvals.Core.Access;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Infrastructure.Tests.Runtime;

/// <summary>
/// Many steps committing at once: each is applied once and whole. On SQLite they queue for the one writer and
/// commit together, and one that fails takes nothing of the others with it.
/// </summary>
public abstract class ConcurrentStepCommitTests
{
    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    [SkippableFact]
    public async Task Fifty_reviewers_completing_their_tasks_at_once_each_complete_theirs_once()
    {
        await using var target = await CreateTargetAsync();
        await using var host = await RuntimeHost.StartAsync(target);
        await host.PublishAsync("two-step-approval");
        List<string> instances = [];
        for (var i = 0; i < 50; i++)
            instances.Add((await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, $"APP-{i}", null, null, default))).Id);

        await Task.WhenAll(instances.Select((id, i) => Task.Run(() => CompleteAsync(host, id, $"reviewer-{i}"))));

        foreach (var (id, i) in instances.Select((id, i) => (id, i)))
        {
            var details = await host.QueryAsync(q => q.GetInstanceAsync(id, Caller.System, default));
            Assert.Single(details.Journal, j => j.Event == JournalEvent.Resumed);
            Assert.Equal($"reviewer-{i}", details.Tasks.Single(t => t.Status == HumanTaskStatus.Completed).CompletedBy);
            Assert.Single(details.Tasks, t => t.Status == HumanTaskStatus.Open);
        }
    }

    protected static async Task CompleteAsync(RuntimeHost host, string instanceId, string actor = "reviewer")
    {
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open, InstanceId: instanceId), Caller.System, default))).Single();
        await host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve", Actor: actor), Caller.System, default));
    }
}

public sealed class SqliteConcurrentStepCommitTests : ConcurrentStepCommitTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());

    [SkippableFact]
    public async Task Steps_waiting_for_the_writer_together_commit_each_whole_and_the_one_that_fails_is_rolled_back_alone()
    {
        await using var target = await CreateTargetAsync();
        var visibility = new CommittedRows(target.ConnectionString, "Journal");
        var failing = new FailingSaves();
        var held = new HeldCommit();
        var arrivals = new WriteArrivals();
        // The failure is checked before the hold, so the held step passes it and the first queued step meets it.
        await using var host = await RuntimeHost.StartAsync(target, configure: s => s
            .AddSingleton<IStepCommitObserver>(visibility).AddSingleton<IStepCommitObserver>(failing).AddSingleton<IStepCommitObserver>(held).AddSingleton<IStepCommitObserver>(arrivals));
        await host.PublishAsync("two-step-approval");
        List<string> instances = [];
        for (var i = 0; i < 5; i++)
            instances.Add((await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, $"APP-{i}", null, null, default))).Id);

        held.HoldNext();
        var first = Task.Run(() => CompleteAsync(host, instances[0]));
        await held.Written.WaitAsync(TimeSpan.FromSeconds(60));
        var before = visibility.Seen.Count;
        var queued = arrivals.ExpectAsync(4);
        var others = instances.Skip(1).Select(id => Task.Run(() => CompleteAsync(host, id))).ToList();
        await queued.WaitAsync(TimeSpan.FromSeconds(60));
        failing.FailNextStep();
        held.Release();
        await first.WaitAsync(TimeSpan.FromSeconds(60));
        var outcomes = await Task.WhenAll(others.Select(async t =>
        {
            try
            {
                await t.WaitAsync(TimeSpan.FromSeconds(60));
                return "committed";
            }
            catch (IOException)
            {
                return "failed";
            }
        }));

        Assert.Equal(["committed", "committed", "committed", "failed"], outcomes.Order());
        // Each step about to commit counts the journal lines committed so far: steps in separate transactions see
        // each other's (three different counts at least); steps in one transaction see none of each other's.
        Assert.InRange(visibility.Seen.Skip(before).Distinct().Count(), 1, 2);
        var failed = instances[1 + Array.IndexOf(outcomes, "failed")];
        foreach (var id in instances)
        {
            var details = await host.QueryAsync(q => q.GetInstanceAsync(id, Caller.System, default));
            var resumed = details.Journal.Count(j => j.Event == JournalEvent.Resumed);
            var tasks = string.Join(" ", details.Tasks.Select(t => t.Status));
            if (id == failed)
            {
                Assert.Equal((0, "Open"), (resumed, tasks));
                continue;
            }
            Assert.Equal((1, "Completed Open"), (resumed, tasks));
        }
        // The failed step left nothing behind: its task can still be completed, once.
        await CompleteAsync(host, failed);
        var retried = await host.QueryAsync(q => q.GetInstanceAsync(failed, Caller.System, default));
        Assert.Single(retried.Journal, j => j.Event == JournalEvent.Resumed);
    }
}

public sealed class PostgreSqlConcurrentStepCommitTests : ConcurrentStepCommitTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
