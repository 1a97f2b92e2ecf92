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

    private static async Task<RuntimeHost> StartAsync(DatabaseTarget target, int port, int maxAttempts = 6) =>
        await RuntimeHost.StartAsync(target, configure: services =>
        {
            services.Configure<SmtpOptions>(o => (o.Host, o.Port, o.Timeout) = ("127.0.0.1", port, TimeSpan.FromSeconds(5)));
            services.Configure<OutboxOptions>(o => o.MaxAttempts = maxAttempts);
        });

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

        await Assert.ThrowsAsync<EmailDeliveryException>(() => RunJobAsync(host, id));
        var afterFailure = await RowAsync(host, id);
        using var server = SimpleSmtpServer.Start(port);
        var delivered = await RunJobAsync(host, id);
        var duplicateRun = await RunJobAsync(host, id);

        Assert.Equal((OutboxStatus.Scheduled, 1), (afterFailure.Status, afterFailure.Attempts));
        Assert.Contains($"127.0.0.1:{port}", afterFailure.LastError, StringComparison.Ordinal);
        Assert.Equal((true, false), (delivered, duplicateRun));
        Assert.Equal(OutboxStatus.Done, (await RowAsync(host, id)).Status);
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

        await Assert.ThrowsAsync<EmailDeliveryException>(() => RunJobAsync(host, id));
        var lastAttempt = await RunJobAsync(host, id);
        var laterRun = await RunJobAsync(host, id);

        var row = await RowAsync(host, id);
        Assert.Equal((false, false), (lastAttempt, laterRun));
        Assert.Equal((OutboxStatus.Failed, 2), (row.Status, row.Attempts));
        Assert.Contains("Could not send", row.LastError, StringComparison.Ordinal);
    }
}
