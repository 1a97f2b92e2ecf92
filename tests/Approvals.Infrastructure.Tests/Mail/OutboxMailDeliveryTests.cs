using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Approvals.Core.Access;
using Approvals.Infrastructure.Recipients;
using Approvals.UseCases.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using netDumbster.smtp;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Mail;

/// <summary>
/// A templated mail from the outbox through a real SMTP server. Each <c>ProcessAsync</c> call is what one run of
/// the Hangfire job does, so retries and duplicate runs are played one by one.
/// </summary>
public sealed class OutboxMailDeliveryTests
{
    private const string RegistrationNumber = "CSJ-ZC-310118-2026-000123";

    private static readonly MailRecipient Administrator = new("admin", "admin@bureau.example.cn", "系统管理员", "zh-CN");
    private const string OperatorsMailbox = "ops@bureau.example.cn";

    private static async Task<RuntimeHost> StartAsync(DatabaseTarget target, int port, int maxAttempts = 6) =>
        await RuntimeHost.StartAsync(target, configure: services =>
        {
            services.Configure<SmtpOptions>(o => (o.Host, o.Port, o.Timeout) = ("127.0.0.1", port, TimeSpan.FromSeconds(5)));
            services.Configure<OutboxOptions>(o => (o.MaxAttempts, o.FirstRetryDelay, o.AlertMailbox) = (maxAttempts, TimeSpan.Zero, OperatorsMailbox));
            services.Replace(ServiceDescriptor.Singleton<IRecipientDirectory>(new StaticRecipients((ApprovalsRoles.Administrator, null, Administrator))));
        });

    private static Task<List<(long Id, EmailRequested Email, OutboxStatus Status)>> MailRowsAsync(RuntimeHost host) =>
        host.DatabaseAsync(async db => (await db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKinds.Email).OrderBy(o => o.Id).ToListAsync())
            .Select(o => (o.Id, JsonSerializer.Deserialize<EmailRequested>(o.PayloadJson, WorkflowStateJson.Options)!, o.Status)).ToList());

    private static Task<long> QueueApprovedMailAsync(RuntimeHost host) =>
        host.DatabaseAsync(async db =>
        {
            var model = new JsonObject
            {
                ["applicant"] = new JsonObject { ["name"] = "张三" },
                ["application"] = new JsonObject { ["number"] = "APP-2026-0042" },
                ["registration"] = new JsonObject { ["number"] = RegistrationNumber, ["validFrom"] = "2026-03-02", ["validUntil"] = "2031-03-01" },
            };
            var email = new EmailRequested("zhangsan@example.cn; hr@employer.example.cn", "", "", true, "approved", model, "zh-CN");
            var message = new OutboxMessage { Kind = OutboxKinds.Email, PayloadJson = JsonSerializer.Serialize(email, WorkflowStateJson.Options), Status = OutboxStatus.Scheduled };
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

    private static Task<bool> RunJobAsync(RuntimeHost host, long id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<OutboxProcessor>().ProcessAsync(id, default));

    private static Task<OutboxMessage> RowAsync(RuntimeHost host, long id) =>
        host.DatabaseAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id));

    private static int FreePort()
    {
        using var probe = SimpleSmtpServer.Start();
        return probe.Configuration.Port;
    }

    [Fact]
    public async Task A_mail_that_fails_while_the_server_is_down_is_delivered_once_when_it_is_back()
    {
        var port = FreePort();
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartAsync(target, port);
        var id = await QueueApprovedMailAsync(host);

        var failedRun = await RunJobAsync(host, id);
        var afterFailure = await RowAsync(host, id);
        using var server = SimpleSmtpServer.Start(port);
        var delivered = await RunJobAsync(host, id);
        var duplicateRun = await RunJobAsync(host, id);

        Assert.False(failedRun);
        Assert.Equal((OutboxStatus.Retrying, 1), (afterFailure.Status, afterFailure.Attempts));
        Assert.Contains($"127.0.0.1:{port}", afterFailure.LastError, StringComparison.Ordinal);
        Assert.Equal((true, false), (delivered, duplicateRun));
        var done = await RowAsync(host, id);
        Assert.Equal((OutboxStatus.Done, null), (done.Status, done.LastError));
        var received = Assert.Single(server.ReceivedEmail);
        Assert.Equal(["hr@employer.example.cn", "zhangsan@example.cn"], received.ToAddresses.Select(a => a.Address).Order());
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)));
        Assert.StartsWith($"准予注册：{RegistrationNumber}", message.Subject, StringComparison.Ordinal);
        Assert.Contains($"注册编号：{RegistrationNumber}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<strong>{RegistrationNumber}</strong>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_last_attempt_the_mail_is_Failed_with_the_error_and_no_job_runs_it_again()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartAsync(target, FreePort(), maxAttempts: 2);
        var id = await QueueApprovedMailAsync(host);

        await RunJobAsync(host, id);
        var lastAttempt = await RunJobAsync(host, id);
        var laterRun = await RunJobAsync(host, id);

        var row = await RowAsync(host, id);
        Assert.Equal((false, false), (lastAttempt, laterRun));
        Assert.Equal((OutboxStatus.Failed, 2), (row.Status, row.Attempts));
        Assert.Contains("Could not send", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_attempt_of_an_outbox_mail_carries_the_same_Message_ID_derived_from_its_row()
    {
        using var server = SimpleSmtpServer.Start();
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartAsync(target, server.Configuration.Port);
        var id = await QueueApprovedMailAsync(host);
        var other = await QueueApprovedMailAsync(host);

        await RunJobAsync(host, id);
        await host.DatabaseAsync(db => db.Outbox.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Scheduled)));
        await RunJobAsync(host, id);
        await RunJobAsync(host, other);

        var ids = new List<string?>();
        foreach (var received in server.ReceivedEmail)
            ids.Add((await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)))).MessageId);
        var byId = ids.GroupBy(m => m).ToDictionary(g => g.Key!, g => g.Count());
        var resent = Assert.Single(byId, p => p.Value == 2).Key;
        var single = Assert.Single(byId, p => p.Value == 1).Key;
        Assert.Matches($"^outbox-{id}-[0-9a-f]{{12}}@approvals\\.local$", resent);
        Assert.Matches($"^outbox-{other}-[0-9a-f]{{12}}@approvals\\.local$", single);
    }

    [Fact]
    public async Task A_mail_given_up_is_mailed_to_every_administrator_and_the_operators_mailbox_and_a_failed_alert_raises_no_other()
    {
        var port = FreePort();
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartAsync(target, port, maxAttempts: 1);
        var id = await QueueApprovedMailAsync(host);

        await RunJobAsync(host, id);
        var alerts = (await MailRowsAsync(host)).Where(r => r.Id != id).ToList();
        foreach (var alert in alerts)
            await RunJobAsync(host, alert.Id);
        var afterAlertsFailed = await MailRowsAsync(host);
        using var server = SimpleSmtpServer.Start(port);
        foreach (var alert in alerts)
            await host.InScopeAsync(sp => sp.GetRequiredService<IOutboxAdministration>().ResendAsync(alert.Id, default));
        foreach (var alert in alerts)
            await RunJobAsync(host, alert.Id);

        Assert.Equal([Administrator.Address, OperatorsMailbox], alerts.Select(a => a.Email.To).Order(StringComparer.Ordinal));
        Assert.All(alerts, a => Assert.Equal(FailedMailAlert.Template, a.Email.Template));
        Assert.Equal(3, afterAlertsFailed.Count);
        Assert.All(afterAlertsFailed, r => Assert.Equal(OutboxStatus.Failed, r.Status));
        var delivered = server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();
        Assert.Equal(2, delivered.Count);
        Assert.All(delivered, m => Assert.Equal("发往 zhangsan@example.cn; hr@employer.example.cn 的邮件发送失败，需要管理员处理", m.Subject));
        Assert.All(delivered, m => Assert.Contains($"127.0.0.1:{port}", m.TextBody, StringComparison.Ordinal));
        Assert.All(delivered, m => Assert.Contains("https://approvals.test/admin/outbox", m.TextBody, StringComparison.Ordinal));
    }
}
