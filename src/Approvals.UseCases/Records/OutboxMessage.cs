namespace Approvals.UseCases.Records;

/// <summary>
/// Work that leaves the step's transaction (a mail, a timer), written in that transaction and handed to
/// Hangfire after commit. Each job claims its row with a conditional update, so it is done exactly once.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string PayloadJson { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the work is due (a timer); null means at once.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>A claimed row whose lease ran out (the worker died) may be claimed again; the worker renews it while it works.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>
    /// When the job handed to the queue for this row is due (its due time, or the next retry). A Scheduled or Retrying
    /// row still waiting well after it is a row whose job was lost: the sweeper hands it over again.
    /// </summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>
    /// An attempt ended without knowing whether its work was done (the process died or the connection dropped while a
    /// mail was being handed over); the next attempt repeats it, so the recipient may get the mail twice, with one Message-ID.
    /// </summary>
    public bool OutcomeUnknown { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
    public string? LastError { get; set; }
    public string? CorrelationId { get; set; }

    /// <summary>
    /// Unique when set: a job that makes messages (a reminder, a digest) names each one after what caused it, so
    /// running that job twice cannot make a second copy.
    /// </summary>
    public string? DeduplicationKey { get; set; }
}

public enum OutboxStatus
{
    /// <summary>Committed, not yet handed to the job queue.</summary>
    Pending,
    /// <summary>A job is queued or scheduled for it.</summary>
    Scheduled,
    /// <summary>A worker holds it until <see cref="OutboxMessage.LeaseUntil"/>.</summary>
    Processing,
    Done,
    /// <summary>Every retry failed; an administrator can send it again.</summary>
    Failed,
    /// <summary>The last attempt failed (<see cref="OutboxMessage.LastError"/>); the next is due at <see cref="OutboxMessage.NextAttemptAt"/>.</summary>
    Retrying,
}
