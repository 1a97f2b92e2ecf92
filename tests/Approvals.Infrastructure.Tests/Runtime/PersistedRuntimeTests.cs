using System.Data;
using Approvals.Testing.StepCommits;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Text;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Runtime;

/// <summary>The persisted runtime's guarantees, run on each database provider.</summary>
public abstract class PersistedRuntimeTests
{
    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    private async Task<(DatabaseTarget, RuntimeHost)> StartAsync(bool hangfire = false, Action<IServiceCollection>? configure = null)
    {
        var target = await CreateTargetAsync();
        return (target, await RuntimeHost.StartAsync(target, hangfire, configure: configure));
    }

    [SkippableFact]
    public async Task After_steps_that_commit_or_are_refused_every_pooled_unit_of_work_closes_its_connection_after_a_query_again()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        await host.PublishAsync("two-step-approval");
        var started = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, "APP-connections", null, "applicant", default));
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(InstanceId: started.Id), Caller.System, default))).Single();
        await Assert.ThrowsAsync<InvalidRefusal>(() => host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("NoSuchOutcome"), Caller.System, default)));
        await host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve", Actor: "reviewer-a"), Caller.System, default));

        // The pool hands its units of work out in turn; each of them, whatever step it ran before, must again close the
        // connection it opened for a query (a unit of work that cannot, cannot lend the SQLite writer's either).
        for (var lease = 0; lease < 20; lease++)
        {
            var state = await host.DatabaseAsync(async db =>
            {
                await db.Outbox.CountAsync();
                return db.Database.GetDbConnection().State;
            });
            Assert.Equal(ConnectionState.Closed, state);
        }
    }

    [SkippableFact]
    public async Task A_started_instance_is_stored_waiting_on_its_first_task_with_its_journal()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        await host.PublishAsync("two-step-approval");

        var started = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, "APP-1", null, "applicant", default));
        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));

        Assert.Equal(WorkflowStatus.Suspended, details.Instance.Status);
        Assert.Equal("APP-1", details.Instance.CorrelationId);
        var task = Assert.Single(details.Tasks);
        Assert.Equal("First review", task.Title);
        Assert.Equal(["Approve", "Reject"], task.Outcomes);
        Assert.Equal("310118", task.District);
        Assert.Contains(details.Journal, j => j.ActivityId == "start" && j.Event == JournalEvent.Executed);
        Assert.Contains(details.Journal, j => j.ActivityId == "review" && j.Event == JournalEvent.Suspended);
    }

    [SkippableFact]
    public async Task Two_approvals_finish_the_instance_on_the_approved_path_with_every_step_in_the_journal()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        await host.PublishAsync("two-step-approval");
        var started = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, null, default));

        await CompleteOpenTaskAsync(host, started.Id, "Approve", "reviewer-a");
        await CompleteOpenTaskAsync(host, started.Id, "Approve", "reviewer-b");

        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal(WorkflowStatus.Finished, details.Instance.Status);
        Assert.Equal("Approved", details.Instance.PublicStatus);
        Assert.All(details.Tasks, t => Assert.Equal(HumanTaskStatus.Completed, t.Status));
        Assert.Equal(["reviewer-a", "reviewer-b"], details.Journal.Where(j => j.Event == JournalEvent.Resumed).Select(j => j.Actor));
        Assert.Empty(await host.DatabaseAsync(db => db.Bookmarks.Where(b => b.InstanceId == started.Id).ToListAsync()));
    }

    [SkippableFact]
    public async Task An_instance_started_on_v1_finishes_on_v1_after_v2_is_published()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        var v1 = await host.PublishAsync("two-step-approval");
        var onV1 = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, null, default));
        var v2 = await host.PublishAsync("two-step-approval", json => json.Replace("Second review\", \"role\"", "Director review\", \"role\""));

        await CompleteOpenTaskAsync(host, onV1.Id, "Approve", "a");
        var secondTaskOnV1 = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open, InstanceId: onV1.Id), Caller.System, default))).Single();
        var onV2 = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, null, default));
        await CompleteOpenTaskAsync(host, onV2.Id, "Approve", "a");
        var secondTaskOnV2 = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open, InstanceId: onV2.Id), Caller.System, default))).Single();

        Assert.Equal((1, 2), (v1, v2));
        Assert.Equal(1, onV1.DefinitionVersion);
        Assert.Equal("Second review", secondTaskOnV1.Title);
        Assert.Equal(2, onV2.DefinitionVersion);
        Assert.Equal("Director review", secondTaskOnV2.Title);
    }

    [SkippableFact]
    public async Task Two_concurrent_completions_of_one_task_apply_once_and_leave_exactly_one_next_task()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        await host.PublishAsync("two-step-approval");
        var started = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, null, default));
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(InstanceId: started.Id), Caller.System, default))).Single();

        var attempts = Enumerable.Range(0, 2).Select(i => Task.Run(() =>
            host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve", Actor: $"reviewer-{i}"), Caller.System, default)))).ToList();
        var outcomes = await Task.WhenAll(attempts.Select(async a =>
        {
            try
            {
                await a;
                return "applied";
            }
            catch (ConflictRefusal)
            {
                return "conflict";
            }
        }));

        Assert.Equal(["applied", "conflict"], outcomes.Order());
        var tasks = await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(InstanceId: started.Id), Caller.System, default));
        Assert.Single(tasks, t => t.Status == HumanTaskStatus.Open);
        Assert.Single(tasks, t => t.Status == HumanTaskStatus.Completed);
        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Single(details.Journal, j => j.Event == JournalEvent.Resumed);
    }

    [SkippableFact]
    public async Task A_completion_that_read_the_instance_before_another_committed_loses_at_commit_with_a_conflict()
    {
        var held = new HeldCommit();
        var loads = new InstanceLoads();
        var (target, host) = await StartAsync(configure: s => s.AddSingleton<IStepCommitObserver>(held).AddSingleton<IInterceptor>(loads));
        await using var _ = target;
        await using var __ = host;
        await host.PublishAsync("two-step-approval");
        var started = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, null, default));
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(InstanceId: started.Id), Caller.System, default))).Single();

        held.HoldNext();
        var winner = Task.Run(() => host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve", Actor: "first"), Caller.System, default)));
        await held.Written.WaitAsync(TimeSpan.FromSeconds(60));
        var loaded = loads.NextAsync();
        var loser = Task.Run(() => host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve", Actor: "second"), Caller.System, default)));
        await loaded.WaitAsync(TimeSpan.FromSeconds(60));
        held.Release();

        await winner;
        await Assert.ThrowsAsync<ConflictRefusal>(() => loser);
        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal(["Completed", "Open"], details.Tasks.Select(t => t.Status.ToString()));
        Assert.Equal("first", details.Tasks.Single(t => t.Status == HumanTaskStatus.Completed).CompletedBy);
        Assert.Single(details.Journal, j => j.Event == JournalEvent.Resumed);
    }

    [SkippableFact]
    public async Task Completing_a_task_that_another_reviewer_claimed_after_the_completion_read_it_is_a_conflict_and_changes_nothing()
    {
        var held = new HeldStepWrite();
        var (target, host) = await StartAsync(configure: s => s.AddSingleton<IStepCommitObserver>(held));
        await using var _ = target;
        await using var __ = host;
        await host.PublishAsync("two-step-approval");
        var started = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, null, default));
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(InstanceId: started.Id), Caller.System, default))).Single();

        held.HoldNext();
        var completion = Task.Run(() => host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve"), Reviewer("reviewer-a"), default)));
        await held.Reached.WaitAsync(TimeSpan.FromSeconds(60));
        await host.RuntimeAsync(async r =>
        {
            await r.ClaimTaskAsync(task.Id, Reviewer("reviewer-b"), default);
            return true;
        });
        held.Release();

        await Assert.ThrowsAsync<ConflictRefusal>(() => completion);
        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        var untouched = Assert.Single(details.Tasks);
        Assert.Equal((HumanTaskStatus.Open, "reviewer-b", null), (untouched.Status, untouched.Assignee, untouched.CompletedBy));
        Assert.DoesNotContain(details.Journal, j => j.Event == JournalEvent.Resumed);

        await host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve"), Reviewer("reviewer-b"), default));
        var after = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal("reviewer-b", after.Tasks.Single(t => t.Id == task.Id).CompletedBy);
    }

    [SkippableFact]
    public async Task A_second_approval_is_neither_listed_nor_claimable_nor_completable_for_the_first_approver()
    {
        var (target, host) = await StartAsync();
        await using var _ = target;
        await using var __ = host;
        await host.PublishAsync("two-step-approval", json => json.Replace(
            "\"title\": \"Second review\", \"role\": \"Reviewer\",", "\"title\": \"Second review\", \"role\": \"Reviewer\", \"excludeActorsOf\": [\"review\"],"));
        var started = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, null, default));
        await CompleteOpenTaskAsync(host, started.Id, "Approve", "reviewer-a");
        var second = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open, InstanceId: started.Id), Caller.System, default))).Single();

        var firstApproversInbox = await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open), Reviewer("reviewer-a"), default));
        var othersInbox = await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open), Reviewer("reviewer-b"), default));
        var claim = await Assert.ThrowsAsync<ConflictRefusal>(() => host.RuntimeAsync(async r =>
        {
            await r.ClaimTaskAsync(second.Id, Reviewer("reviewer-a"), default);
            return true;
        }));
        var complete = await Assert.ThrowsAsync<ConflictRefusal>(() =>
            host.RuntimeAsync(r => r.CompleteTaskAsync(second.Id, new ResumeStimulus("Approve"), Reviewer("reviewer-a"), default)));

        Assert.Equal(["reviewer-a"], second.ExcludedUsers);
        Assert.DoesNotContain(firstApproversInbox, t => t.Id == second.Id);
        Assert.Contains(othersInbox, t => t.Id == second.Id);
        Assert.Contains("须由其他人员办理", claim.Text.ZhCn);
        Assert.Contains("must be completed by another person", complete.Text.En);
        // Named by its title: neither the task's id nor the person's user name (their e-mail) is shown.
        Assert.Contains("Second review", claim.Text.ZhCn);
        Assert.DoesNotContain(second.Id, claim.Text.ZhCn + claim.Text.En);
        Assert.DoesNotContain("reviewer-a", claim.Text.ZhCn + claim.Text.En);
        var unchanged = (await host.QueryAsync(q => q.GetTaskAsync(second.Id, Caller.System, default)));
        Assert.Equal((HumanTaskStatus.Open, null), (unchanged.Status, unchanged.Assignee));
    }

    private static Caller Reviewer(string userName) => Caller.Admitted(userName);

    [SkippableFact]
    public async Task A_failure_between_steps_leaves_the_last_committed_state_and_a_retry_completes_the_step()
    {
        var failures = new FailingSaves();
        var (target, host) = await StartAsync(configure: s => s.AddSingleton<IStepCommitObserver>(failures));
        await using var _ = target;
        await using var __ = host;
        await host.PublishAsync("two-step-approval");
        var started = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, null, default));
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(InstanceId: started.Id), Caller.System, default))).Single();

        failures.FailNextStep();
        await Assert.ThrowsAsync<IOException>(() => host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve"), Caller.System, default)));
        var afterCrash = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal(HumanTaskStatus.Open, Assert.Single(afterCrash.Tasks).Status);
        Assert.DoesNotContain(afterCrash.Journal, j => j.Event == JournalEvent.Resumed);

        await host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve"), Caller.System, default));
        var afterRetry = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal(["Completed", "Open"], afterRetry.Tasks.Select(t => t.Status.ToString()));
    }

    [SkippableFact]
    public async Task A_delay_is_resumed_by_Hangfire_on_real_storage_and_the_instance_finishes()
    {
        var signals = new InstanceSignals();
        var (target, host) = await StartAsync(hangfire: true, configure: s => s.AddSingleton<IStepCommitObserver>(signals));
        await using var _ = target;
        await using var __ = host;
        await host.PublishAsync("delay");

        var started = await host.RuntimeAsync(r => r.StartAsync("delay", null, null, null, null, default));
        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        await signals.WhenAsync(started.Id, WorkflowStatus.Finished).WaitAsync(TimeSpan.FromSeconds(60));

        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal("Waited", details.Instance.PublicStatus);
        Assert.Contains(details.Journal, j => j.ActivityId == "wait" && j.Event == JournalEvent.Resumed && j.Actor == "timer");
        // The job marks its row Done just after the step it caused commits; what matters is one claim.
        var timer = Assert.Single(await host.DatabaseAsync(db => db.Outbox.AsNoTracking().ToListAsync()));
        Assert.Equal(1, timer.Attempts);
        Assert.Contains(timer.Status, new[] { OutboxStatus.Processing, OutboxStatus.Done });
    }

    [SkippableFact]
    public async Task A_timer_scheduled_before_the_process_stopped_still_fires_after_a_restart()
    {
        var target = await CreateTargetAsync();
        await using var _ = target;
        string instanceId;
        await using (var stopped = await RuntimeHost.StartAsync(target, hangfireServer: false))
        {
            await stopped.PublishAsync("delay");
            instanceId = (await stopped.RuntimeAsync(r => r.StartAsync("delay", null, null, null, null, default))).Id;
        }

        var signals = new InstanceSignals();
        await using var restarted = await RuntimeHost.StartAsync(target, hangfireServer: true, configure: s => s.AddSingleton<IStepCommitObserver>(signals));
        await signals.WhenAsync(instanceId, WorkflowStatus.Finished).WaitAsync(TimeSpan.FromSeconds(60));

        var details = await restarted.QueryAsync(q => q.GetInstanceAsync(instanceId, Caller.System, default));
        Assert.Equal("Waited", details.Instance.PublicStatus);
    }

    [SkippableFact]
    public async Task Work_committed_but_never_handed_to_Hangfire_is_handed_over_by_the_sweeper_after_a_crash()
    {
        var target = await CreateTargetAsync();
        await using var _ = target;
        string instanceId;
        await using (var crashing = await RuntimeHost.StartAsync(target, configure: s => s.AddScoped<Outbox.IJobQueue, DeadJobQueue>()))
        {
            await crashing.PublishAsync("delay");
            instanceId = (await crashing.RuntimeAsync(r => r.StartAsync("delay", null, "crash", null, null, default))).Id;
        }

        var signals = new InstanceSignals();
        var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(1));
        await using var restarted = await RuntimeHost.StartAsync(target, hangfireServer: true, clock: later, configure: s => s.AddSingleton<IStepCommitObserver>(signals));
        await signals.WhenAsync(instanceId, WorkflowStatus.Finished).WaitAsync(TimeSpan.FromSeconds(60));

        var timer = Assert.Single(await restarted.DatabaseAsync(db => db.Outbox.AsNoTracking().ToListAsync()));
        Assert.Equal(1, timer.Attempts);
    }

    [SkippableFact]
    public async Task A_step_returns_before_its_outbox_rows_reach_the_job_queue_and_they_are_handed_over_after()
    {
        var target = await CreateTargetAsync();
        await using var _ = target;
        var queue = new GatedJobQueue();
        await using (var first = await RuntimeHost.StartAsync(target, configure: s => s.AddScoped<Outbox.IJobQueue>(_ => queue)))
        {
            await first.PublishAsync("delay", json => json.Replace("\"PT1S\"", "\"PT1H\"", StringComparison.Ordinal));
            try
            {
                // The job queue holds the hand-over until released: the step must not wait for it.
                await first.RuntimeAsync(r => r.StartAsync("delay", null, null, null, null, default)).WaitAsync(TimeSpan.FromSeconds(30));
                await queue.Entered.WaitAsync(TimeSpan.FromSeconds(30));
                var waiting = await first.DatabaseAsync(db => db.Outbox.AsNoTracking().SingleAsync());
                Assert.Equal((OutboxStatus.Pending, null), (waiting.Status, waiting.NextAttemptAt));
            }
            finally
            {
                queue.Release();
            }
        }

        await using var second = await RuntimeHost.StartAsync(target);
        var timer = await second.DatabaseAsync(db => db.Outbox.AsNoTracking().SingleAsync());
        Assert.Equal((OutboxStatus.Scheduled, timer.DueAt), (timer.Status, timer.NextAttemptAt));
        var (id, delay) = Assert.Single(queue.Queued);
        Assert.Equal(timer.Id, id);
        Assert.InRange(delay, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
    }

    [SkippableFact]
    public async Task A_row_still_waiting_for_this_nodes_hand_over_is_left_to_it_by_the_sweeper_however_late()
    {
        var target = await CreateTargetAsync();
        await using var _ = target;
        var queue = new GatedJobQueue();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using (var host = await RuntimeHost.StartAsync(target, clock: clock, configure: s => s.AddScoped<Outbox.IJobQueue>(_ => queue)))
        {
            await host.PublishAsync("delay", json => json.Replace("\"PT1S\"", "\"PT1H\"", StringComparison.Ordinal));
            try
            {
                await host.RuntimeAsync(r => r.StartAsync("delay", null, null, null, null, default)).WaitAsync(TimeSpan.FromSeconds(30));
                await queue.Entered.WaitAsync(TimeSpan.FromSeconds(30));
                // The hand-over is a minute behind: by its age alone the Pending row looks stranded. Handing it over
                // again would wait on the same held queue (the test's timeout) and give the row a second job. Both the
                // host's own sweep, which the clock's advance runs, and this one run off the test's thread: on SQLite
                // they would not return before waiting.
                await Task.Run(() => clock.Advance(TimeSpan.FromMinutes(1))).WaitAsync(TimeSpan.FromSeconds(30));
                var swept = await Task.Run(() => host.InScopeAsync(sp => ActivatorUtilities.CreateInstance<Outbox.OutboxSweeper>(sp).SweepAsync(default)))
                    .WaitAsync(TimeSpan.FromSeconds(30));
                Assert.Equal(0, swept);
            }
            finally
            {
                queue.Release();
            }
        }

        await using var restarted = await RuntimeHost.StartAsync(target);
        var timer = await restarted.DatabaseAsync(db => db.Outbox.AsNoTracking().SingleAsync());
        Assert.Equal(OutboxStatus.Scheduled, timer.Status);
        Assert.Equal(timer.Id, Assert.Single(queue.Queued).Id);
    }

    /// <summary>Holds the first hand-over until the test releases it, and records what was queued.</summary>
    private sealed class GatedJobQueue : Outbox.IJobQueue
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ManualResetEventSlim _released = new();
        private readonly System.Collections.Concurrent.ConcurrentQueue<(long, TimeSpan)> _queued = new();

        public Task Entered => _entered.Task;

        public IReadOnlyList<(long Id, TimeSpan Delay)> Queued => [.. _queued];

        public void Release() => _released.Set();

        public void Enqueue(long outboxMessageId, TimeSpan delay)
        {
            _entered.TrySetResult();
            _released.Wait();
            _queued.Enqueue((outboxMessageId, delay));
        }
    }

    /// <summary>The process dies right after the commit, before handing the job to Hangfire.</summary>
    private sealed class DeadJobQueue : Outbox.IJobQueue
    {
        public void Enqueue(long outboxMessageId, TimeSpan delay) => throw new IOException("The process died before the job was queued.");
    }

    private static async Task CompleteOpenTaskAsync(RuntimeHost host, string instanceId, string outcome, string actor)
    {
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open, InstanceId: instanceId), Caller.System, default))).Single();
        await host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus(outcome, Actor: actor), Caller.System, default));
    }
}

public sealed class SqlitePersistedRuntimeTests : PersistedRuntimeTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}

public sealed class PostgreSqlPersistedRuntimeTests : PersistedRuntimeTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
