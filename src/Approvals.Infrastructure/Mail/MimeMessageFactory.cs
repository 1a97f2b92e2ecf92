using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace Approvals.Infrastructure.Mail;

/// <summary>
/// Builds the MIME message every sender sends: multipart/alternative with a UTF-8 plain-text part first and a
/// UTF-8 HTML part second (inside a multipart/mixed with the attachments, when there are any). MimeKit encodes non-ASCII subjects and display names (RFC 2047) itself.
/// </summary>
public sealed class MimeMessageFactory(IOptions<SmtpOptions> options, TimeProvider time)
{
    // Parsed once; each message gets its own copy. A MimeKit address list subscribes to the Changed event of every
    // address added to it, so one shared instance kept every message this singleton ever made alive.
    private readonly MailboxAddress _from = MailboxAddress.Parse(options.Value.From);

    public MimeMessage Create(OutgoingEmail email)
    {
        ArgumentOutOfRangeException.ThrowIfZero(email.To.Count, nameof(email.To));
        ArgumentException.ThrowIfNullOrWhiteSpace(email.Subject, nameof(email.Subject));

        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = time.GetUtcNow(),
            MessageId = email.MessageIdLocalPart is { } localPart ? $"{localPart}@{_from.Domain}" : MimeUtils.GenerateMessageId(_from.Domain),
            Body = Body(email),
        };
        message.From.Add(new MailboxAddress(_from.Name, _from.Address));
        message.To.AddRange(email.To.Select(to => new MailboxAddress(to.DisplayName ?? "", to.Address)));
        if (!string.IsNullOrEmpty(email.Culture.Name))
            message.Headers.Add(HeaderId.ContentLanguage, email.Culture.Name);
        return message;
    }

    /// <summary>The text alone, or with attachments the text first in a multipart/mixed.</summary>
    private static MimeEntity Body(OutgoingEmail email)
    {
        var text = new MultipartAlternative
        {
            TextPart("plain", email.TextBody),
            TextPart("html", email.HtmlBody),
        };
        if (email.Attachments.Count == 0)
            return text;
        var mixed = new Multipart("mixed") { text };
        foreach (var file in email.Attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(file.ContentType))
            {
                Content = new MimeContent(new MemoryStream(file.Content)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = file.FileName,
            });
        }
        return mixed;
    }

    private static TextPart TextPart(string subtype, string text)
    {
        var part = new TextPart(subtype);
        part.SetText(Encoding.UTF8, text);
        return part;
    }
}
