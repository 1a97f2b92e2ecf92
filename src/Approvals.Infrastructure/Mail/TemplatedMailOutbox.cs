using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Recipients;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Mail;

/// <summary>
/// Queues templated mail made by a job (reminder, escalation, digest, expiry reminder) as outbox rows, one per
/// recipient in that recipient's language. Each row has a deduplication key naming its cause, unique in the
/// table: a job that runs twice (Hangfire runs at least once) finds its mail already queued and adds none.
/// </summary>
public sealed class TemplatedMailOutbox(ApprovalsDbContext db, OutboxDispatcher dispatcher, TimeProvider clock)
{
    private readonly List<OutboxMessage> _added = [];

    /// <returns>false when a message with this key was queued before.</returns>
    public async Task<bool> AddOnceAsync(string deduplicationKey, MailRecipient to, string template, JsonObject model, string? correlationId, CancellationToken cancellationToken,
        IReadOnlyList<EmailAttachment>? attachments = null)
    {
        if (_added.Any(m => m.DeduplicationKey == deduplicationKey)
            || await db.Outbox.AnyAsync(o => o.DeduplicationKey == deduplicationKey, cancellationToken))
        {
            return false;
        }
        var own = model.DeepClone().AsObject();
        own["recipient"] = new JsonObject { ["name"] = to.DisplayName ?? to.UserName, ["address"] = to.Address };
        var email = new EmailRequested(to.Address, "", "", IsHtml: true, template, own, MailTemplates.CultureFor(to.Culture)) { Attachments = attachments };
        var message = OutboxWriter.Add(db, OutboxKinds.Email, JsonSerializer.Serialize(email, WorkflowStateJson.Options), correlationId, clock.GetUtcNow(), dueAt: null);
        message.DeduplicationKey = deduplicationKey;
        _added.Add(message);
        return true;
    }

    /// <summary>
    /// Saves the queued rows with whatever else the job changed on the context, then hands them to the job queue.
    /// A concurrent run that queued the same key first makes the save fail: the job retries and finds them there.
    /// </summary>
    public async Task SaveAndDispatchAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var added = _added.ToList();
        _added.Clear();
        await dispatcher.DispatchAsync(db, added, cancellationToken);
    }
}
