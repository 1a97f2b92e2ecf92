using Approvals.Infrastructure.Links;
using System.Text.Json.Nodes;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Mail;

/// <summary>
/// Sends a mail from the outbox: a named template rendered in the message's culture, or the subject and body
/// the step gave. A delivery failure throws so the job retries with back-off.
/// </summary>
internal sealed partial class EmailOutboxHandler(IEmailSender sender, PublicLinks links) : IOutboxHandler
{
    public string Kind => OutboxKinds.Email;

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var email = JsonSerializer.Deserialize<EmailRequested>(message.PayloadJson, WorkflowStateJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} holds no e-mail.");
        var recipients = email.To.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(address => new EmailRecipient(address))
            .ToList();
        return sender.SendAsync(Compose(email, recipients) with
        {
            MessageIdLocalPart = OutboxMessageIds.LocalPart(message),
            Attachments = email.Attachments ?? [],
        }, cancellationToken);
    }

    private OutgoingEmail Compose(EmailRequested email, IReadOnlyList<EmailRecipient> recipients)
    {
        if (!string.IsNullOrEmpty(email.Template))
        {
            var rendered = MailTemplates.Render(email.Template, email.Culture, WithCaseLink(email.Model ?? []));
            return new OutgoingEmail(recipients, rendered.Subject, rendered.Html, rendered.Text, CultureInfo.GetCultureInfo(rendered.Culture));
        }
        var html = email.IsHtml ? email.Body : $"<p>{WebUtility.HtmlEncode(email.Body).ReplaceLineEndings("<br>")}</p>";
        var text = email.IsHtml ? WebUtility.HtmlDecode(Tags().Replace(email.Body, "")) : email.Body;
        return new OutgoingEmail(recipients, email.Subject, html, text, CultureInfo.GetCultureInfo(email.Culture ?? MailTemplates.DefaultCulture));
    }

    /// <summary>
    /// A procedure's mail names its case (<c>applicationId</c>): the model gains <c>case.url</c>, the absolute link to the
    /// case page under the public base URL, where the applicant downloads the notice or decision the mail announces.
    /// </summary>
    private JsonObject WithCaseLink(JsonObject model)
    {
        if (model["applicationId"] is not JsonValue id || !id.TryGetValue(out string? applicationId))
            return model;
        var linked = model.DeepClone().AsObject();
        linked["case"] = new JsonObject { ["url"] = links.Case(applicationId).AbsoluteUri };
        return linked;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
