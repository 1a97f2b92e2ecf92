using System.Text.Json.Nodes;

namespace Approvals.Workflows.Runtime;

/// <summary>
/// Work a step asks the host to do in the same transaction that saves the step. The engine only describes
/// it; domain activities add their own effect types and the host registers a handler for each.
/// </summary>
public abstract record WorkflowEffect;

public sealed record BookmarkCreated(BookmarkState Bookmark) : WorkflowEffect;

/// <summary>A bookmark closed without being resumed (WaitAny, cancel): its task and timer must go too.</summary>
public sealed record BookmarkCancelled(string BookmarkId, string Reason) : WorkflowEffect;

public sealed record EmailRequested(
    string To,
    string Subject,
    string Body,
    bool IsHtml,
    string? Template,
    JsonObject? Model,
    string? Culture) : WorkflowEffect
{
    /// <summary>Files sent with the mail (a job's report); none for a procedure's mail.</summary>
    public IReadOnlyList<EmailAttachment>? Attachments { get; init; }
}

/// <summary>A file sent with a mail, kept in the outbox row until it is delivered.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public sealed record IncidentRaised(IncidentState Incident) : WorkflowEffect;

public sealed record IncidentResolved(string IncidentId, DateTimeOffset ResolvedAt) : WorkflowEffect;

/// <summary>
/// A SetStatus activity changed the status the applicant sees. Hosts that keep their own record of a case
/// (status, timeline) apply it in the same transaction; a host that does not care ignores it.
/// </summary>
public sealed record PublicStatusChanged(string? Status, string ActivityId) : WorkflowEffect;
