using System.Net.Sockets;
using Approvals.Infrastructure.Mail;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Health;

/// <summary>
/// Where mail goes can take it: the SMTP server accepts a connection (nothing is sent, no credentials used), or this
/// node can write to the pickup folder. An SMTP outage only degrades readiness: the outbox retries the mail, and taking
/// every node out of service would not bring the server back. A pickup folder this node cannot write is this node's fault.
/// </summary>
internal sealed class MailTransportHealthCheck(IOptions<SmtpOptions> options, PickupFolderEmailSender pickup) : IHealthCheck
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        options.Value.UsesPickupFolder ? CheckPickupFolderAsync(cancellationToken) : CheckSmtpAsync(options.Value, cancellationToken);

    private async Task<HealthCheckResult> CheckPickupFolderAsync(CancellationToken cancellationToken)
    {
        var probe = Path.Combine(pickup.Folder, $".ready-{Guid.NewGuid():N}.probe");
        try
        {
            Directory.CreateDirectory(pickup.Folder);
            await File.WriteAllTextAsync(probe, "", cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy("The mail pickup folder is writable.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The mail pickup folder is not writable.", ex);
        }
    }

    private static async Task<HealthCheckResult> CheckSmtpAsync(SmtpOptions smtp, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(smtp.Host, smtp.Port, timeout.Token);
            return HealthCheckResult.Healthy("The SMTP server accepts connections.");
        }
        catch (Exception ex) when (ex is SocketException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return HealthCheckResult.Degraded("The SMTP server does not accept connections; mail waits in the outbox and is retried.", ex);
        }
    }
}
