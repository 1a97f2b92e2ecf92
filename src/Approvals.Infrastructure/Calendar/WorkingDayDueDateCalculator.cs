using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Calendar;

/// <summary>
/// The engine's due dates on the working-day calendar: elapsed time is added as is; then working days (due at the
/// end of the Nth working day, see <see cref="ForwardWorkingTime.AddWorkingDays"/>); then working hours from there,
/// so "2wd4h" is four working hours after the end of the second working day.
/// </summary>
public sealed class WorkingDayDueDateCalculator(ForwardWorkingTime forward) : IDueDateCalculator
{
    public DateTimeOffset DueAt(DateTimeOffset from, WorkflowDuration duration)
    {
        var due = from + duration.Elapsed;
        if (duration.WorkingDays > 0)
            due = forward.AddWorkingDays(due, duration.WorkingDays);
        if (duration.WorkingHours > TimeSpan.Zero)
            due = forward.AddWorkingHours(due, duration.WorkingHours);
        return due;
    }
}
