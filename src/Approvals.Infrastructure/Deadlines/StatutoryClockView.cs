namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// Where an application stands against its statutory limit. Working days count from the day after it was
/// started; days on which the applicant held the case (a correction request was open) are not counted.
/// </summary>
/// <param name="IsStopped">A correction request is open now: the clock does not run.</param>
/// <param name="DueAt">When the limit runs out if the clock is not stopped again (end of working hours).</param>
public sealed record StatutoryClockView(
    int LimitWorkingDays,
    int UsedWorkingDays,
    int StoppedWorkingDays,
    int RemainingWorkingDays,
    bool IsStopped,
    DateTimeOffset DueAt)
{
    public bool IsOverdue => RemainingWorkingDays < 0;
}
