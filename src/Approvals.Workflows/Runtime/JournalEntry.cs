namespace Approvals.Workflows.Runtime;

/// <summary>
/// One line of an instance's history: an activity executed, waited, resumed (by whom), faulted ... A note people
/// read has an English <see cref="Message"/> and a Chinese <see cref="MessageZhCn"/>; a code (a bookmark's kind) only the first.
/// </summary>
public sealed record JournalEntry(
    DateTimeOffset Timestamp,
    string ActivityId,
    string ActivityType,
    JournalEvent Event,
    string? Outcome = null,
    string? Actor = null,
    string? Message = null,
    string? MessageZhCn = null);

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

    /// <summary>A person handed their task to a colleague; the message carries the note.</summary>
    TaskReassigned,

    /// <summary>A line a procedure wrote for people to read (a JournalNote); the message carries it as written.</summary>
    Note,
}
