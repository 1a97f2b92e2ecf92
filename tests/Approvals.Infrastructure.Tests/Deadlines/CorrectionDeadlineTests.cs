using Approvals.Core.Applications;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Recipients;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Commit;
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
/// The domain's RequestCorrections on Hangfire with SQLite storage: its deadline resumes it through TimedOut once,
/// with the reminder going to the applicant and the statutory clock stopped while it waits. The fake clock pins the
/// calendar to a working Monday; the limit is a few real seconds ("PT4S") and the tests wait on signals.
/// </summary>
public sealed class CorrectionDeadlineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly MailRecipient Reviewer = new("qp-reviewer", "reviewer@qingpu.example.cn", "王审核", "zh-CN");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly RecordingEmailSender _mail = new();
    private readonly OutboxClaims _claims = new();
    private readonly InstanceSignals _instances = new();

    private Task<RuntimeHost> StartHostAsync(DatabaseTarget target) =>
        RuntimeHost.StartAsync(target, hangfireServer: true, _clock, services =>
        {
            services.AddSingleton<IInterceptor>(_claims);
            services.AddSingleton<IStepCommitObserver>(_instances);
            services.Replace(ServiceDescriptor.Singleton<IEmailSender>(_mail));
            services.Replace(ServiceDescriptor.Singleton<IRecipientDirectory>(new StaticRecipients(("Reviewer", "310118", Reviewer))));
        });

    private static Task<List<OutboxMessage>> OutboxAsync(RuntimeHost host, string kind) =>
        host.DatabaseAsync(db => db.Outbox.AsNoTracking().Where(o => o.Kind == kind).OrderBy(o => o.Id).ToListAsync());

    private async Task<WorkflowInstanceState> StartCorrectionsAsync(RuntimeHost host, string applicationId, Func<string, string>? edit = null)
    {
        await host.PublishAsync("correction-deadline", edit);
        // The application's own procedure, linked before it starts, as the application service does on submit.
        var instanceId = $"{applicationId}-procedure";
        await host.DatabaseAsync(db =>
        {
            db.Applications.Add(new Application
            {
                Id = applicationId, ApplicantUserId = "applicant", ApplicantEmail = "applicant@example.test", InstanceId = instanceId,
                CreatedAt = _clock.GetUtcNow(), UpdatedAt = _clock.GetUtcNow(),
            });
            return db.SaveChangesAsync();
        });
        return await host.RuntimeAsync(r => r.StartAsync(
            new InstanceStart("correction-deadline", CorrelationId: applicationId, Actor: "applicant", InstanceId: instanceId), default));
    }

    [Fact]
    public async Task A_correction_request_whose_deadline_passes_resumes_through_TimedOut_exactly_once()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartHostAsync(target);
        var started = await StartCorrectionsAsync(host, "APP-C1");
        var timer = Assert.Single(await OutboxAsync(host, OutboxKinds.Timer));
        var reminder = Assert.Single(await OutboxAsync(host, OutboxKinds.Reminder));
        Assert.Empty(await OutboxAsync(host, OutboxKinds.Escalation));
        // Hangfire runs a job at least once: the timer goes to the queue a second time.
        await host.InScopeAsync(sp =>
        {
            sp.GetRequiredService<IJobQueue>().Enqueue(timer.Id, timer.DueAt!.Value - _clock.GetUtcNow());
            return Task.FromResult(0);
        });

        await _instances.WhenAsync(started.Id, WorkflowStatus.Finished).WaitAsync(Patience);
        await _claims.WhenAttemptedAsync(timer.Id, 2).WaitAsync(Patience);
        await _mail.WhenSentAsync(1).WaitAsync(Patience);

        Assert.Equal((_clock.GetUtcNow().AddSeconds(2), _clock.GetUtcNow().AddSeconds(4)), (reminder.DueAt, timer.DueAt));
        Assert.Equal([false, true], _claims.Outcomes(timer.Id).Order());
        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal("TimedOut", details.Instance.PublicStatus);
        var resumed = Assert.Single(details.Journal, j => j.Event == JournalEvent.Resumed);
        Assert.Equal(("corrections", "timer"), (resumed.ActivityId, resumed.Actor));
        Assert.Equal("applicant@example.test", Assert.Single(Assert.Single(_mail.Sent).To).Address);
        var stop = await host.DatabaseAsync(db => db.ClockStops.AsNoTracking().SingleAsync(s => s.InstanceId == started.Id));
        Assert.NotNull(stop.ResumedAt);
        var application = await host.DatabaseAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == "APP-C1"));
        Assert.Equal("Corrections.TimedOut", Assert.Single(application.Findings).Code);
    }

    [Fact]
    public async Task With_an_escalation_the_escalation_alone_acts_at_the_deadline_mails_the_role_then_times_out_once()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartHostAsync(target);
        var started = await StartCorrectionsAsync(host, "APP-C2", json => json.Replace(
            "\"reminders\": [\"50%\"]", "\"reminders\": [\"50%\"], \"escalation\": { \"action\": \"NotifyRole\", \"role\": \"Reviewer\" }", StringComparison.Ordinal));
        var escalation = Assert.Single(await OutboxAsync(host, OutboxKinds.Escalation));
        Assert.Empty(await OutboxAsync(host, OutboxKinds.Timer));

        await _instances.WhenAsync(started.Id, WorkflowStatus.Finished).WaitAsync(Patience);
        await _claims.WhenDoneAsync(escalation.Id).WaitAsync(Patience);
        await _mail.WhenSentAsync(2).WaitAsync(Patience);

        var details = await host.QueryAsync(q => q.GetInstanceAsync(started.Id, Caller.System, default));
        Assert.Equal("TimedOut", details.Instance.PublicStatus);
        Assert.Equal("deadline", Assert.Single(details.Journal, j => j.Event == JournalEvent.Resumed).Actor);
        Assert.Equal(["applicant@example.test", Reviewer.Address], _mail.Sent.Select(m => Assert.Single(m.To).Address).Order());
    }

    [Fact]
    public async Task A_correction_request_opens_with_the_statutory_clock_stopped_and_the_due_date_for_the_mail()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartHostAsync(target);
        var started = await StartCorrectionsAsync(host, "APP-C3", json => json.Replace("\"PT4S\"", "\"10wd\"", StringComparison.Ordinal));

        var stop = await host.DatabaseAsync(db => db.ClockStops.AsNoTracking().SingleAsync(s => s.InstanceId == started.Id));
        Assert.Null(stop.ResumedAt);
        Assert.Equal("2026-03-16T17:00:00+08:00", started.Variables["corrections"]!["dueAt"]!.GetValue<string>());
        Assert.Single(await OutboxAsync(host, OutboxKinds.Timer));
    }
}
