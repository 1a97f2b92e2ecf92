using System.ComponentModel.DataAnnotations;

namespace Approvals.Infrastructure.Outbox;

/// <summary>Bound from the "Outbox" section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Attempts before a message is marked Failed for an administrator to resend (with the default back-off, about 11 hours).</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>How long a claimed message is held by its worker; renewed every third of it while the work runs, so a dead worker's row is free again soon.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the sweeper looks for rows no job will run: never handed over, lease run out, or job lost.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long past its due time a Scheduled or Retrying row waits before the sweeper takes its job for lost and hands
    /// it over again; while a backlog is worked off, counted from how far the queue has got (<see cref="OutboxQueueProgress"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan LostJobAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Run due timers, reminders and escalations from their rows (see DueRowDispatcher); off leaves them to their Hangfire jobs alone, which is slower in a burst.</summary>
    public bool DueDispatcherEnabled { get; set; } = true;

    /// <summary>How often a job-running node looks for timers, reminders and escalations that are due (see DueRowDispatcher).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan DuePollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Due rows one node runs at the same time.</summary>
    [Range(1, 64)]
    public int DueWorkers { get; set; } = 8;

    /// <summary>Due rows one worker claims in one statement and then runs one after another; a full handful is followed by the next at once.</summary>
    [Range(1, 1000)]
    public int DueBatch { get; set; } = 4;

    /// <summary>Wait before the second attempt; each later wait doubles, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The operators' mailbox, told by mail (beside every administrator) when a mail is given up; empty for administrators only.</summary>
    [EmailAddress]
    public string? AlertMailbox { get; set; }

    /// <summary>The wait after the given failed attempt (1 for the first): doubling from <see cref="FirstRetryDelay"/>, capped at <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelayAfter(int failedAttempt)
    {
        var doublings = Math.Clamp(failedAttempt - 1, 0, 30);
        var ticks = Math.Min(FirstRetryDelay.Ticks * Math.Pow(2, doublings), MaxRetryDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
