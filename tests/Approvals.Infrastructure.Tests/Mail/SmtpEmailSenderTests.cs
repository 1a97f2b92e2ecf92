using System.Text;
using Approvals.Infrastructure.Mail;
using MimeKit;
using netDumbster.smtp;

namespace Approvals.Infrastructure.Tests.Mail;

public sealed class SmtpEmailSenderTests : IDisposable
{
    private readonly SimpleSmtpServer _server = SimpleSmtpServer.Start();
    private readonly RecordingLogger<SmtpEmailSender> _log = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_message_reaches_every_recipient_through_the_SMTP_server()
    {
        await NewSender().SendAsync(TestEmails.Approved(TestEmails.ZhangSan, TestEmails.Reviewer), CancellationToken.None);

        var received = Assert.Single(_server.ReceivedEmail);
        Assert.Equal(
            ["reviewer.wujiang@example.cn", "zhangsan@example.cn"],
            received.ToAddresses.Select(address => address.Address).Order());
        Assert.Contains(_log.Messages, message => message.Contains("sent to 2 recipient(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_Chinese_subject_and_display_name_are_encoded_on_the_wire_and_decoded_back()
    {
        await NewSender().SendAsync(TestEmails.Approved(), CancellationToken.None);

        var raw = Assert.Single(_server.ReceivedEmail).Data;
        var headers = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.True(headers.All(char.IsAscii), "Headers must be plain ASCII, non-ASCII text encoded per RFC 2047.");
        Assert.Contains("Subject: =?utf-8?", headers, StringComparison.OrdinalIgnoreCase);
        var message = Parse(raw);
        Assert.Equal("审批通过", message.Subject);
        Assert.Equal("张三", Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Name);
        Assert.Equal("示范区计量审批", Assert.IsType<MailboxAddress>(Assert.Single(message.From)).Name);
    }

    [Fact]
    public async Task The_recipient_sees_the_platform_name_the_settings_give_as_the_sender()
    {
        var options = TestEmails.Options("127.0.0.1", _server.Configuration.Port);
        options.From = "长三角示范区计量审批平台 <noreply@approvals.example.cn>";
        await NewSender(options: options).SendAsync(TestEmails.Approved(), CancellationToken.None);

        var sender = Assert.IsType<MailboxAddress>(Assert.Single(Parse(Assert.Single(_server.ReceivedEmail).Data).From));
        Assert.Equal(("长三角示范区计量审批平台", "noreply@approvals.example.cn"), (sender.Name, sender.Address));
    }

    [Fact]
    public async Task Both_the_plain_text_and_the_HTML_part_carry_the_registration_number()
    {
        await NewSender().SendAsync(TestEmails.Approved(), CancellationToken.None);

        var message = Parse(Assert.Single(_server.ReceivedEmail).Data);
        Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Contains($"注册证书编号：{TestEmails.RegistrationNumber}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<strong>{TestEmails.RegistrationNumber}</strong>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_server_stopped_sending_fails_with_an_exception_naming_the_server_and_the_message()
    {
        var port = _server.Configuration.Port;
        _server.Stop();

        var error = await Assert.ThrowsAsync<EmailDeliveryException>(() =>
            NewSender(port).SendAsync(TestEmails.Approved(), CancellationToken.None));

        Assert.StartsWith($"Could not send '审批通过' to \"张三\" <zhangsan@example.cn> through 127.0.0.1:{port} (None): ", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
        Assert.Empty(_log.Messages);
    }

    [Fact]
    public async Task Requiring_STARTTLS_from_a_server_that_does_not_offer_it_fails_without_sending()
    {
        var options = TestEmails.Options("127.0.0.1", _server.Configuration.Port);
        options.Security = SmtpSecurity.StartTls;

        var error = await Assert.ThrowsAsync<EmailDeliveryException>(() =>
            NewSender(options: options).SendAsync(TestEmails.Approved(), CancellationToken.None));

        Assert.Contains("(StartTls)", error.Message, StringComparison.Ordinal);
        Assert.Contains("STARTTLS", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.ReceivedEmail);
    }

    private SmtpEmailSender NewSender(int? port = null, SmtpOptions? options = null)
    {
        options ??= TestEmails.Options("127.0.0.1", port ?? _server.Configuration.Port);
        return new SmtpEmailSender(Microsoft.Extensions.Options.Options.Create(options), TestEmails.Factory(options), _log);
    }

    private static MimeMessage Parse(string raw)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw));
        return MimeMessage.Load(stream);
    }
}
