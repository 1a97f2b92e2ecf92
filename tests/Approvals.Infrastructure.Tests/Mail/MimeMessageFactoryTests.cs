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
}
