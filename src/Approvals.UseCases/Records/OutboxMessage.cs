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

    /// <summary>A claimed row whose lease ran out (the worker died) may be claimed again.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

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
    Processing,
    Done,
    /// <summary>Every retry failed; an administrator can send it again.</summary>
    Failed,
}
