namespace Approvals.UseCases.Instances;

/// <summary>
/// Where an application stands against its statutory limit. Working days count from the day after its case was
/// accepted (受理; any other procedure: after it was started); days on which the applicant held the case (a correction
/// request was open) are not counted. A case not accepted yet has a clock that has not started.
/// </summary>
/// <param name="IsStopped">A correction request is open now: the clock does not run.</param>
/// <param name="LimitWorkingDays">The limit in force: the procedure's, plus an extension when there is one.</param>
/// <param name="DueAt">When the limit runs out if the clock is not stopped again (end of working hours).</param>
/// <param name="ExtendedWorkingDays">Working days added by the extension (行政许可法 art. 42); 0 without one.</param>
/// <param name="ExtensionReason">Why the limit was extended; null without an extension.</param>
public sealed record StatutoryClockView(
    int LimitWorkingDays,
    int UsedWorkingDays,
    int StoppedWorkingDays,
    int RemainingWorkingDays,
    bool IsStopped,
    DateTimeOffset DueAt,
    int ExtendedWorkingDays = 0,
    string? ExtensionReason = null)
{
    /// <summary>When the limit started to run (the case's acceptance); null while the case waits for acceptance.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Whether the limit has not started: the case has not been accepted yet (a correction before acceptance is open).</summary>
    public bool AwaitsAcceptance => StartedAt is null;

    public bool IsOverdue => RemainingWorkingDays < 0;

    /// <summary>The clock of a case not accepted yet: nothing used, the whole limit ahead.</summary>
    /// <param name="dueIfAcceptedNow">When the limit would run out were the case accepted now.</param>
    public static StatutoryClockView AwaitingAcceptance(int limitWorkingDays, DateTimeOffset dueIfAcceptedNow) =>
        new(limitWorkingDays, 0, 0, limitWorkingDays, true, dueIfAcceptedNow);

    public bool IsExtended => ExtendedWorkingDays > 0;
}
