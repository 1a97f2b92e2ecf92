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
        using var mime = messages.Create(message);
        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        var handingOver = false;
        try
        {
            await client.ConnectAsync(_options.Host, _options.Port, SocketOptions(_options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(_options.User))
                await client.AuthenticateAsync(_options.User, _options.Password, cancellationToken);
            handingOver = true;
            await client.SendAsync(mime, cancellationToken);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException or CommandException
                                       or ProtocolException or AuthenticationException or SslHandshakeException
                                       or NotSupportedException) // the server lacks STARTTLS or the configured authentication
        {
            // A refusal (a reply code) says the server did not take the message; a connection lost while handing it over does not say.
            var outcomeUnknown = handingOver && ex is not CommandException;
            throw new EmailDeliveryException(
                $"Could not send '{mime.Subject}' to {mime.To} through {_options.Host}:{_options.Port} ({_options.Security}){(outcomeUnknown ? " (outcome unknown)" : "")}: {ex.Message}",
                ex, outcomeUnknown);
        }
        LogSent(mime.MessageId, mime.To.Count, _options.Host, _options.Port);
        await QuitAsync(client, mime.MessageId);
    }

    /// <summary>The server has accepted the message: a failure to say goodbye must not make it sent again.</summary>
    private async Task QuitAsync(SmtpClient client, string? messageId)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException or CommandException or ProtocolException)
        {
            LogQuitFailed(ex, messageId);
        }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MessageId} was accepted, but closing the connection failed")]
    private partial void LogQuitFailed(Exception exception, string? messageId);
}
