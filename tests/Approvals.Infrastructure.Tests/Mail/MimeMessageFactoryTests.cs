using System.Runtime.CompilerServices;
using Approvals.Infrastructure.Mail;
using MimeKit;

namespace Approvals.Infrastructure.Tests.Mail;

public sealed class MimeMessageFactoryTests
{
    [Fact]
    public void A_message_offers_plain_text_first_and_HTML_second_both_in_UTF8()
    {
        var message = TestEmails.Factory().Create(TestEmails.Approved());

        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Collection(alternative,
            part => Assert.Equal(("text/plain", "utf-8"), (part.ContentType.MimeType, part.ContentType.Charset)),
            part => Assert.Equal(("text/html", "utf-8"), (part.ContentType.MimeType, part.ContentType.Charset)));
    }

    [Fact]
    public void The_sender_date_and_language_come_from_settings_the_clock_and_the_message()
    {
        var message = TestEmails.Factory().Create(TestEmails.Approved());

        var from = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
        Assert.Equal(("示范区计量审批", "noreply@approvals.example.cn"), (from.Name, from.Address));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), message.Date);
        Assert.Equal("zh-CN", message.Headers[HeaderId.ContentLanguage]);
        Assert.EndsWith("@approvals.example.cn", message.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_without_recipients_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TestEmails.Factory().Create(TestEmails.Approved() with { To = [] }));

    [Fact]
    public void A_message_sent_is_not_kept_alive_by_the_factory_that_made_it()
    {
        var factory = TestEmails.Factory();
        var made = MakeAndDrop(factory);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // The host's one factory makes every mail: had it kept each message, memory would grow with every mail sent.
        Assert.False(made.TryGetTarget(out _), "The factory still holds a message it made after the message was dropped.");
        GC.KeepAlive(factory);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<MimeMessage> MakeAndDrop(MimeMessageFactory factory) => new(factory.Create(TestEmails.Approved()));
}
