using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Recipients;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Text;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Deadlines;

/// <summary>
/// Reminders and escalations as Hangfire scheduled jobs on real storage (SQLite, and PostgreSQL). The fake clock pins the
/// calendar to a working Monday morning; Hangfire's own clock is real, so the limit is a few real seconds
/// ("PT4S": reminder at 2 s, escalation at 4 s) and the tests wait on signals.
/// </summary>
public abstract class DeadlineJobTests
{
    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly MailRecipient Reviewer = new("qp-reviewer", "reviewer@qingpu.example.cn", "王审核", "zh-CN");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly RecordingEmailSender _mail = new();
    private readonly OutboxClaims _claims = new();
    private readonly InstanceSignals _instances = new();

    private Task<RuntimeHost> StartHostAsync(DatabaseTarget target, bool hangfire = true) =>
        RuntimeHost.StartAsync(target, hangfire, _clock, services =>
        {
            services.AddSingleton<IInterceptor>(_claims);
            services.AddSingleton<IStepCommitObserver>(_instances);
            services.Replace(ServiceDescriptor.Singleton<IEmailSender>(_mail));
            services.Replace(ServiceDescriptor.Singleton<IRecipientDirectory>(new StaticRecipients(("Reviewer", "310118", Reviewer))));
        });

    private static Task<List<OutboxMessage>> OutboxAsync(RuntimeHost host, string kind) =>
        host.DatabaseAsync(db => db.Outbox.AsNoTracking().Where(o => o.Kind == kind).OrderBy(o => o.Id).ToListAsync());

    [SkippableFact]
    public async Task The_reminder_and_the_overdue_escalation_each_fire_once_at_their_time()
    {
        await using var target = await CreateTargetAsync();
        await using var host = await StartHostAsync(target);
        await host.PublishAsync("deadline-task");

        var started = await host.RuntimeAsync(r => r.StartAsync("deadline-task", null, "APP-7", null, "applicant", default));
        var reminder = Assert.Single(await OutboxAsync(host, OutboxKinds.Reminder));
        var escalation = Assert.Single(await OutboxAsync(host, OutboxKinds.Escalation));
        await _instances.WhenAsync(started.Id, WorkflowStatus.Finished).WaitAsync(Patience);
        await _mail.WhenSentAsync(1).WaitAsync(Patience);
        await _claims.WhenDoneAsync(escalation.Id).WaitAsync(Patience);

        Assert.Equal((_clock.GetUtcNow().AddSeconds(2), _clock.GetUtcNow().AddSeconds(4)), (reminder.DueAt, escalation.DueAt));
        var sent = Assert.Single(_mail.Sent);
        Assert.Equal(Reviewer.Address, Assert.Single(sent.To).Address);
        Assert.Contains("复核申请", sent.Subject, StringComparison.Ordinal);
        Assert.Contains("APP-7", sent.TextBody, StringComparison.Ordinal);
        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal("Overdue", details.Instance.PublicStatus);
        var task = Assert.Single(details.Tasks);
        Assert.Equal((HumanTaskStatus.Completed, "Overdue", "deadline"), (task.Status, task.Outcome, task.CompletedBy));
        Assert.Equal([true], _claims.Outcomes(reminder.Id));
        Assert.Equal([true], _claims.Outcomes(escalation.Id));
    }

    [SkippableFact]
    public async Task A_reviewer_cannot_choose_the_outcome_only_the_deadline_takes()
    {
        await using var target = await CreateTargetAsync();
        await using var host = await StartHostAsync(target, hangfire: false);
        await host.PublishAsync("deadline-task");
        var started = await host.RuntimeAsync(r => r.StartAsync("deadline-task", null, "APP-9", null, "applicant", default));
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(InstanceId: started.Id), Caller.System, default))).Single();
        var reviewer = new Caller("qp-reviewer", "qp-reviewer", null, new HashSet<string> { ApprovalsRoles.Reviewer }, "310118");

        var refused = await Assert.ThrowsAsync<InvalidRefusal>(() =>
            host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Overdue"), reviewer, default)));

        Assert.Equal(["Approve"], task.Outcomes);
        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal((WorkflowStatus.Suspended, HumanTaskStatus.Open), (details.Instance.Status, Assert.Single(details.Tasks).Status));
    }

    [SkippableFact]
    public async Task Completing_the_task_first_leaves_the_reminder_and_escalation_with_nothing_to_do()
    {
        await using var target = await CreateTargetAsync();
        // No Hangfire server: the reminder's job (due 2 real seconds after the start) must not run before the task is
        // completed, however slow the machine. The jobs are run by hand afterwards, as Hangfire would run them.
        await using var host = await StartHostAsync(target, hangfire: false);
        await host.PublishAsync("deadline-task");
        var started = await host.RuntimeAsync(r => r.StartAsync("deadline-task", null, "APP-8", null, "applicant", default));
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(InstanceId: started.Id), Caller.System, default))).Single();

        await host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve", Actor: "qp-reviewer"), Caller.System, default));
        var reminder = Assert.Single(await OutboxAsync(host, OutboxKinds.Reminder));
        var escalation = Assert.Single(await OutboxAsync(host, OutboxKinds.Escalation));
        foreach (var job in new[] { reminder, escalation })
            await host.InScopeAsync(sp => sp.GetRequiredService<OutboxProcessor>().ProcessAsync(job.Id, default));
        await Task.WhenAll(_claims.WhenDoneAsync(reminder.Id), _claims.WhenDoneAsync(escalation.Id)).WaitAsync(Patience);

        Assert.Empty(await OutboxAsync(host, OutboxKinds.Email));
        Assert.Empty(_mail.Sent);
        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal("Approved", details.Instance.PublicStatus);
        Assert.Equal(("Approve", "qp-reviewer"), (details.Tasks.Single().Outcome, details.Tasks.Single().CompletedBy));
    }

    [SkippableFact]
    public async Task Two_Hangfire_servers_on_one_storage_each_running_every_job_still_remind_and_escalate_once()
    {
        await using var target = await CreateTargetAsync();
        await using var first = await StartHostAsync(target);
        await using var second = await StartHostAsync(target);
        await first.PublishAsync("deadline-task");

        var started = await first.RuntimeAsync(r => r.StartAsync("deadline-task", null, "APP-9", null, "applicant", default));
        var jobs = (await OutboxAsync(first, OutboxKinds.Reminder)).Concat(await OutboxAsync(first, OutboxKinds.Escalation)).ToList();
        // Hangfire runs a job at least once: hand every message to the queue a second time, through the other host.
        await second.InScopeAsync(sp =>
        {
            foreach (var job in jobs)
                sp.GetRequiredService<IJobQueue>().Enqueue(job.Id, job.DueAt!.Value - _clock.GetUtcNow());
            return Task.FromResult(0);
        });
        await Task.WhenAll(jobs.Select(j => _claims.WhenAttemptedAsync(j.Id, 2))).WaitAsync(Patience);
        await _instances.WhenAsync(started.Id, WorkflowStatus.Finished).WaitAsync(Patience);
        var reminderMail = Assert.Single(await OutboxAsync(first, OutboxKinds.Email));
        await _claims.WhenDoneAsync(reminderMail.Id).WaitAsync(Patience);

        Assert.All(jobs, j => Assert.Equal([false, true], _claims.Outcomes(j.Id).Order()));
        Assert.Single(_mail.Sent);
        var details = await first.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Single(details.Journal, j => j.Event == JournalEvent.Resumed);
    }

    [SkippableFact]
    public async Task A_reminder_scheduled_before_a_restart_fires_after_it()
    {
        await using var target = await CreateTargetAsync();
        string instanceId;
        await using (var before = await StartHostAsync(target, hangfire: false))
        {
            await before.PublishAsync("deadline-task", json => json.Replace("\"PT4S\"", "\"PT6S\"", StringComparison.Ordinal));
            instanceId = (await before.RuntimeAsync(r => r.StartAsync("deadline-task", null, "APP-10", null, "applicant", default))).Id;
        }

        await using var after = await StartHostAsync(target);
        await _instances.WhenAsync(instanceId, WorkflowStatus.Finished).WaitAsync(Patience);
        await _mail.WhenSentAsync(1).WaitAsync(Patience);

        Assert.Contains("APP-10", Assert.Single(_mail.Sent).TextBody, StringComparison.Ordinal);
    }
}

public sealed class SqliteDeadlineJobTests : DeadlineJobTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}

public sealed class PostgreSqlDeadlineJobTests : DeadlineJobTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
