namespace Approvals.Infrastructure.Calendar;

public sealed partial class WorkingDayCalendar
{
    /// <summary>
    /// Adds working time: only the time between the configured start and end of working hours on working days
    /// counts. Starting outside working hours, the count begins at the next start of working hours; a result that
    /// lands exactly on the end of working hours stays on that day.
    /// </summary>
    public DateTimeOffset AddWorkingHours(DateTimeOffset from, TimeSpan hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, TimeSpan.Zero);
        if (hours == TimeSpan.Zero)
            return from;

        var local = ToLocal(from);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var remaining = hours;
        while (true)
        {
            if (!IsWorkingDay(day) || time >= _workdayEnd)
            {
                day = NextWorkingDay(day);
                time = _workdayStart;
                continue;
            }
            if (time < _workdayStart)
                time = _workdayStart;
            var available = _workdayEnd - time;
            if (remaining <= available)
                return AtLocal(day, time.Add(remaining));
            remaining -= available;
            day = NextWorkingDay(day);
            time = _workdayStart;
        }
    }
}
