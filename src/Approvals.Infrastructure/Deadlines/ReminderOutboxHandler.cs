using System.Text.Json.Nodes;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Links;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Recipients;
using Microsoft.Extensions.Logging;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// Mails a reminder to whoever holds the bookmark (the assignee, or the district's members of the role while
/// unclaimed); does nothing when the bookmark closed first. The mail is queued once per reminder and recipient.
/// </summary>
internal sealed partial class ReminderOutboxHandler(
    ApprovalsDbContext db,
    IRecipientDirectory directory,
    TemplatedMailOutbox mail,
    CalendarZone zone,
    PublicLinks links,
    ILogger<ReminderOutboxHandler> logger) : IOutboxHandler
{
    public string Kind => OutboxKinds.Reminder;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var bookmarkId = JsonNode.Parse(message.PayloadJson)?["bookmarkId"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Reminder message {message.Id} names no bookmark.");
        var target = await DeadlineTarget.FindAsync(db, bookmarkId, cancellationToken);
        if (target is null)
        {
            LogClosed(logger, bookmarkId);
            return;
        }
        var recipients = await target.HoldersAsync(directory, cancellationToken);
        if (recipients.Count == 0)
            LogNobody(logger, bookmarkId, target.Role, target.District);
        foreach (var recipient in recipients)
            await mail.AddOnceAsync($"reminder:{message.Id}:{recipient.Address}", recipient, "reminder", target.Model(zone, links, MailTemplates.CultureFor(recipient.Culture)), target.CorrelationId, cancellationToken);
        await mail.SaveAndDispatchAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder for bookmark {BookmarkId} is not sent: it closed first")]
    private static partial void LogClosed(ILogger logger, string bookmarkId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder for bookmark {BookmarkId} has nobody to go to (role {Role}, district {District})")]
    private static partial void LogNobody(ILogger logger, string bookmarkId, string? role, string? district);
}
