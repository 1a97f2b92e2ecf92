namespace Approvals.UseCases.Instances;

/// <summary>
/// Where an application stands against its statutory limit. Working days count from the day after it was
/// started; days on which the applicant held the case (a correction request was open) are not counted.
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
    public bool IsOverdue => RemainingWorkingDays < 0;

    public bool IsExtended => ExtendedWorkingDays > 0;
}
