using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Tests.Calendar;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Approvals.Infrastructure.Tests.Mail;

public sealed class PickupFolderEmailSenderTests : IDisposable
{
    private readonly TemporaryFolder _root = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger<PickupFolderEmailSender> _log = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_message_becomes_a_readable_eml_file_with_its_Chinese_subject_and_both_parts()
    {
        await NewSender().SendAsync(TestEmails.Approved(), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(PickupFolder));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("审批通过", message.Subject);
        Assert.Equal("张三", Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Name);
        Assert.Contains(TestEmails.RegistrationNumber, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(TestEmails.RegistrationNumber, message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_sort_in_the_order_the_messages_were_written_even_within_one_tick()
    {
        var sender = NewSender();
        foreach (var subject in new[] { "第一封", "第二封", "第三封" })
            await sender.SendAsync(TestEmails.Approved() with { Subject = subject }, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        await sender.SendAsync(TestEmails.Approved() with { Subject = "第四封" }, CancellationToken.None);

        var subjects = new List<string?>();
        foreach (var file in Directory.GetFiles(PickupFolder).Order(StringComparer.Ordinal))
            subjects.Add((await MimeMessage.LoadAsync(file)).Subject);

        Assert.Equal(["第一封", "第二封", "第三封", "第四封"], subjects);
    }

    [Fact]
    public async Task The_log_says_once_where_the_files_are()
    {
        var sender = NewSender();

        await sender.SendAsync(TestEmails.Approved(), CancellationToken.None);
        await sender.SendAsync(TestEmails.Approved(), CancellationToken.None);

        var announcement = Assert.Single(_log.Messages, message => message.StartsWith("No SMTP host is set", StringComparison.Ordinal));
        Assert.EndsWith(Path.GetFullPath(PickupFolder), announcement, StringComparison.Ordinal);
    }

    private string PickupFolder => Path.Combine(_root.Path, "data", "mail-pickup");

    private PickupFolderEmailSender NewSender() => new(PickupFolder, TestEmails.Factory(time: _time), _time, _log);
}
