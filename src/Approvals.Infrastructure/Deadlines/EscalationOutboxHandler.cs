using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Links;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Recipients;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Runtime;
using Microsoft.Extensions.Logging;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// Carries out a bookmark's escalation at its due time: mails the role, gives the task to the role, or resumes
/// the bookmark through its overdue outcome. A waiting activity that is not a task (a correction request, a
/// verification) has no Timer beside its escalation (<see cref="DeadlineScheduler.EscalationResumes"/>): after
/// mailing the role, this resumes it without an outcome, which its activity reads as timed out. A bookmark closed
/// first makes this do nothing.
/// </summary>
internal sealed partial class EscalationOutboxHandler(
    ApprovalsDbContext db,
    IRecipientDirectory directory,
    TemplatedMailOutbox mail,
    WorkflowRuntime runtime,
    CalendarZone zone,
    PublicLinks links,
    ILogger<EscalationOutboxHandler> logger) : IOutboxHandler
{
    public const string Actor = "deadline";

    public string Kind => OutboxKinds.Escalation;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var bookmarkId = JsonNode.Parse(message.PayloadJson)?["bookmarkId"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Escalation message {message.Id} names no bookmark.");
        var target = await DeadlineTarget.FindAsync(db, bookmarkId, cancellationToken);
        if (target is null || DeadlineSpec.Of(target.Bookmark)?.Escalation is not { } escalation)
        {
            LogClosed(logger, bookmarkId);
            return;
        }
        if (escalation.Action == EscalationAction.TakeOutcome)
        {
            await TakeOutcomeAsync(bookmarkId, escalation.OutcomePort, cancellationToken);
            return;
        }
        var reassigned = escalation.Action == EscalationAction.ReassignToRole && target.Task is not null;
        if (reassigned)
        {
            target.Task!.Role = escalation.Role!;
            target.Task.Assignee = null;
        }
        foreach (var recipient in await directory.MembersAsync(escalation.Role!, target.District, cancellationToken))
        {
            var culture = MailTemplates.CultureFor(recipient.Culture);
            var model = target.Model(zone, links, culture);
            model["escalation"] = new JsonObject { ["role"] = ApprovalsRoleNames.DisplayName(escalation.Role!).For(culture), ["reassigned"] = reassigned, ["notified"] = !reassigned };
            await mail.AddOnceAsync($"escalation:{message.Id}:{recipient.Address}", recipient, "escalation", model, target.CorrelationId, cancellationToken);
        }
        await mail.SaveAndDispatchAsync(cancellationToken);
        LogEscalated(logger, bookmarkId, escalation.Action, escalation.Role);
        // The mail is queued once by key, so a retry after a failed resume does not mail twice.
        if (DeadlineScheduler.EscalationResumes(target.Bookmark))
            await TakeOutcomeAsync(bookmarkId, null, cancellationToken);
    }

    private async Task TakeOutcomeAsync(string bookmarkId, string? outcome, CancellationToken cancellationToken)
    {
        try
        {
            await runtime.ResumeAsync(bookmarkId, new ResumeStimulus(outcome, Actor: Actor, Comment: "The time limit passed."), cancellationToken);
            LogEscalated(logger, bookmarkId, EscalationAction.TakeOutcome, outcome ?? "timed out");
        }
        catch (NotWaitingRefusal)
        {
            LogClosed(logger, bookmarkId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation for bookmark {BookmarkId} is not carried out: it closed first")]
    private static partial void LogClosed(ILogger logger, string bookmarkId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bookmark {BookmarkId} escalated: {Action} {Target}")]
    private static partial void LogEscalated(ILogger logger, string bookmarkId, EscalationAction action, string? target);
}
