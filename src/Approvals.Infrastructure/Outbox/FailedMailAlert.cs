using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Infrastructure.Links;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Recipients;
using Approvals.UseCases.Instances;
using Approvals.Workflows.Runtime;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// When a mail is given up (Failed), tells the administrators by mail, through the outbox like any other: every member
/// of the Administrator role and the operators' mailbox (<see cref="OutboxOptions.AlertMailbox"/>). An alert is never
/// raised about an alert, so an SMTP server that refuses everything produces one round of alerts, not an endless chain.
/// </summary>
public sealed class FailedMailAlert(
    IRecipientDirectory directory,
    TemplatedMailOutbox mail,
    PublicLinks links,
    IOptions<OutboxOptions> options)
{
    public const string Template = "mail-failed";
    private const string KeyPrefix = "mail-failed:";

    /// <returns>How many alerts were queued (none for a message that is not a mail, or is itself an alert).</returns>
    public async Task<int> RaiseAsync(OutboxMessage failed, string error, CancellationToken cancellationToken)
    {
        if (failed.Kind != OutboxKinds.Email || failed.DeduplicationKey?.StartsWith(KeyPrefix, StringComparison.Ordinal) == true)
            return 0;
        var email = JsonSerializer.Deserialize<EmailRequested>(failed.PayloadJson, WorkflowStateJson.Options)!;
        var model = new JsonObject
        {
            ["failed"] = new JsonObject
            {
                ["id"] = failed.Id,
                ["to"] = email.To,
                ["what"] = email.Template ?? email.Subject,
                ["attempts"] = failed.Attempts,
                ["error"] = error,
            },
            ["link"] = links.To("admin/outbox").ToString(),
        };
        var queued = 0;
        foreach (var recipient in await RecipientsAsync(cancellationToken))
        {
            // One alert per failure of the row and recipient: a resent row that fails again alerts again.
            if (await mail.AddOnceAsync($"{KeyPrefix}{failed.Id}:{failed.Attempts}:{recipient.Address}", recipient, Template, model, failed.CorrelationId, cancellationToken))
                queued++;
        }
        await mail.SaveAndDispatchAsync(cancellationToken);
        return queued;
    }

    private async Task<IReadOnlyList<MailRecipient>> RecipientsAsync(CancellationToken cancellationToken)
    {
        var administrators = await directory.MembersAsync(ApprovalsRoles.Administrator, null, cancellationToken);
        var mailbox = options.Value.AlertMailbox;
        return string.IsNullOrWhiteSpace(mailbox) || administrators.Any(a => string.Equals(a.Address, mailbox, StringComparison.OrdinalIgnoreCase))
            ? administrators
            : [.. administrators, new MailRecipient(mailbox, mailbox, null, "zh-CN")];
    }
}
