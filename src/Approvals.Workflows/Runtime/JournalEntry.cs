namespace Approvals.Workflows.Runtime;

/// <summary>One line of an instance's history: an activity executed, waited, resumed (by whom), faulted ...</summary>
public sealed record JournalEntry(
    DateTimeOffset Timestamp,
    string ActivityId,
    string ActivityType,
    JournalEvent Event,
    string? Outcome = null,
    string? Actor = null,
    string? Message = null);

public enum JournalEvent
{
    InstanceStarted,
    Executed,
    Suspended,
    Resumed,
    Faulted,
    Retried,
    BookmarkCancelled,
    InstanceFinished,
    InstanceCancelled,
}
