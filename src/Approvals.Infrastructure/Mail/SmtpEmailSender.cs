using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Mail;

/// <summary>Sends through the configured SMTP server, one connection per message.</summary>
public sealed partial class SmtpEmailSender(
    IOptions<SmtpOptions> options,
    MimeMessageFactory messages,
    ILogger<SmtpEmailSender> logger) : IEmailSender
{
    private readonly SmtpOptions _options = options.Value;

    public async Task SendAsync(OutgoingEmail message, CancellationToken cancellationToken)
    {
        var mime = messages.Create(message);
        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(_options.Host, _options.Port, SocketOptions(_options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(_options.User))
                await client.AuthenticateAsync(_options.User, _options.Password, cancellationToken);
            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException or CommandException
                                       or ProtocolException or AuthenticationException or SslHandshakeException
                                       or NotSupportedException) // the server lacks STARTTLS or the configured authentication
        {
            throw new EmailDeliveryException(
                $"Could not send '{mime.Subject}' to {mime.To} through {_options.Host}:{_options.Port} ({_options.Security}): {ex.Message}", ex);
        }
        LogSent(mime.MessageId, mime.To.Count, _options.Host, _options.Port);
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown SMTP security."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {MessageId} sent to {RecipientCount} recipient(s) through {Host}:{Port}")]
    private partial void LogSent(string? messageId, int recipientCount, string host, int port);
}
