using System.Globalization;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Mail;

/// <summary>A message ready to send: the text is already rendered in the recipient's language.</summary>
/// <param name="Culture">The language of the text, sent as the Content-Language header.</param>
public sealed record OutgoingEmail(
    IReadOnlyList<EmailRecipient> To,
    string Subject,
    string HtmlBody,
    string TextBody,
    CultureInfo Culture)
{
    /// <summary>
    /// The left part of the Message-ID when the message must keep one across attempts (an outbox row's mail); the
    /// sender's domain completes it. Null gives a fresh Message-ID.
    /// </summary>
    public string? MessageIdLocalPart { get; init; }

    /// <summary>Files sent with the text (a monthly report's PDF).</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

/// <summary>An addressee, e.g. <c>new EmailRecipient("zhangsan@example.cn", "张三")</c>.</summary>
public sealed record EmailRecipient(string Address, string? DisplayName = null);
