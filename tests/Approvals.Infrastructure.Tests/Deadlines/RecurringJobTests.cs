using Approvals.Infrastructure.Statistics;
using System.Text.Json;
using Approvals.Infrastructure.Deadlines.Recurring;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Metrology.Documents;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Recipients;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Deadlines;

/// <summary>The daily digest and the expiry reminders, run as their recurring job would run them (twice, to show they queue once).</summary>
public sealed class RecurringJobTests
{
    private static readonly MailRecipient QingpuReviewer = new("qp-reviewer", "reviewer@qingpu.example.cn", "王审核", "zh-CN");
    private readonly FakeTimeProvider _clock = new(Shanghai(2026, 3, 2, 10, 0)); // a Monday

    private sealed class FakeRegistrations(params ExpiringRegistration[] all) : IExpiringRegistrations
    {
        public Task<IReadOnlyList<ExpiringRegistration>> ExpiringBetweenAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ExpiringRegistration>>(all.Where(r => r.ValidUntil >= first && r.ValidUntil <= last).ToList());
    }

    private Task<RuntimeHost> StartAsync(DatabaseTarget target, params ExpiringRegistration[] registrations) =>
        RuntimeHost.StartAsync(target, clock: _clock, configure: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IRecipientDirectory>(new StaticRecipients(("Reviewer", "310118", QingpuReviewer))));
            services.Replace(ServiceDescriptor.Scoped<IExpiringRegistrations>(_ => new FakeRegistrations(registrations)));
        });

    private static async Task RunTwiceAsync<TJob>(RuntimeHost host, Func<TJob, Task> run) where TJob : notnull
    {
        for (var i = 0; i < 2; i++)
            await host.InScopeAsync(async sp => { await run(sp.GetRequiredService<TJob>()); return 0; });
    }

    private static Task<List<EmailRequested>> QueuedMailAsync(RuntimeHost host) =>
        host.DatabaseAsync(async db => (await db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKinds.Email).OrderBy(o => o.Id).ToListAsync())
            .Select(o => JsonSerializer.Deserialize<EmailRequested>(o.PayloadJson, WorkflowStateJson.Options)!).ToList());

    private static ExpiringRegistration Registration(string number, DateOnly validUntil, string culture = "zh-CN") =>
        new(number, "持证人" + number[^1], $"holder{number[^1]}@example.cn", culture, validUntil);

    [Fact]
    public async Task Holders_are_reminded_90_60_and_30_days_before_expiry_once_each_with_a_missed_day_caught_up()
    {
        var today = new DateOnly(2026, 3, 2);
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartAsync(target,
            Registration("R1", today.AddDays(90)), Registration("R2", today.AddDays(60), "en"), Registration("R3", today.AddDays(30)),
            Registration("R4", today.AddDays(45)), Registration("R5", today.AddDays(87)));

        await RunTwiceAsync<ExpiryReminderJob>(host, job => job.RunAsync(default));

        var mail = await QueuedMailAsync(host);
        Assert.Equal(["holder1@example.cn", "holder5@example.cn", "holder2@example.cn", "holder3@example.cn"], mail.Select(m => m.To));
        Assert.All(mail, m => Assert.Equal("expiry-reminder", m.Template));
        Assert.Equal("en", mail[2].Culture);
        var rendered = MailTemplates.Render("expiry-reminder", mail[3].Culture, mail[3].Model!);
        Assert.Contains("R3", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("还有 30 天", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_district_reviewer_gets_one_digest_a_day_of_overdue_and_soon_due_tasks()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartAsync(target);
        var now = _clock.GetUtcNow();
        await host.DatabaseAsync(async db =>
        {
            db.HumanTasks.AddRange(
                OpenTask("t1", "逾期复核", "310118", now.AddHours(-2)),
                OpenTask("t2", "即将到期复核", "310118", now.AddHours(3)),
                OpenTask("t3", "下周复核", "310118", now.AddDays(8)),
                OpenTask("t4", "吴江逾期", "320509", now.AddHours(-1)));
            return await db.SaveChangesAsync();
        });

        await RunTwiceAsync<OverdueDigestJob>(host, job => job.RunAsync(default));

        var digest = Assert.Single(await QueuedMailAsync(host));
        Assert.Equal((QingpuReviewer.Address, "overdue-digest"), (digest.To, digest.Template));
        var rendered = MailTemplates.Render("overdue-digest", digest.Culture, digest.Model!);
        Assert.Equal("2026年3月2日 待办汇总：超期 1 件，即将到期 1 件", rendered.Subject);
        Assert.Contains("青浦区", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("逾期复核", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("下周复核", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_recurring_job_is_registered_in_Hangfire_at_start()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartAsync(target);

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();

        Assert.Equal(new[] { DocumentContentSweepJob.Id, ExpiryReminderJob.Id, MonthlyStatisticsReportJob.Id, OverdueDigestJob.Id }.Order(), connection.GetRecurringJobs().Select(j => j.Id).Order());
    }

    private static HumanTaskRecord OpenTask(string id, string title, string district, DateTimeOffset due) => new()
    {
        Id = id, InstanceId = "i-" + id, ActivityId = "review", Title = title, Role = "Reviewer", District = district,
        OutcomesJson = "[\"Approve\"]", ReasonRequiredForJson = "[]", Status = HumanTaskStatus.Open, CreatedAt = due.AddDays(-5), DueAt = due,
    };
}
