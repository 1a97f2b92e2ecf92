using Approvals.Infrastructure.Calendar;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// The instants of a bookmark's reminders and escalation on the working-day calendar. A share ("50%") counts
/// working time from creation to due; "-1wd" is the same time one working day before due. A reminder that would
/// fall outside the time allowed is dropped (a "-1wd" reminder on a one-day task).
/// </summary>
public sealed class DeadlinePlan(WorkingTimeMeasure measure, BackwardWorkingTime backward)
{
    public sealed record Reminder(string Offset, DateTimeOffset At);

    public IReadOnlyList<Reminder> Reminders(BookmarkState bookmark)
    {
        if (bookmark.DueAt is not { } due || DeadlineSpec.Of(bookmark) is not { } spec)
            return [];
        return spec.Reminders
            .Select(offset => new Reminder(offset.ToString(), At(offset, bookmark.CreatedAt, due)))
            .Where(r => r.At > bookmark.CreatedAt && r.At < due)
            .DistinctBy(r => r.At)
            .OrderBy(r => r.At)
            .ToList();
    }

    public DateTimeOffset At(ReminderOffset offset, DateTimeOffset createdAt, DateTimeOffset due)
    {
        if (offset.Percent is { } percent)
            return measure.AtShareOfWorkingTime(createdAt, due, percent);
        var before = offset.BeforeDue!.Value;
        var at = due - before.Elapsed;
        if (before.WorkingDays > 0)
            at = backward.SubtractWorkingDays(at, before.WorkingDays);
        if (before.WorkingHours > TimeSpan.Zero)
            at = backward.SubtractWorkingHours(at, before.WorkingHours);
        return at;
    }
}
