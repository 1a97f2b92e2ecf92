namespace Approvals.Infrastructure.Calendar;

public sealed partial class WorkingDayCalendar
{
    /// <summary>The last working day strictly before <paramref name="day"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly day)
    {
        var previous = day.AddDays(-1);
        while (!IsWorkingDay(previous))
            previous = previous.AddDays(-1);
        return previous;
    }

    /// <summary>
    /// The same local time <paramref name="days"/> working days earlier: one working day before a limit due at
    /// 17:00 on a Monday is 17:00 on the Friday (or on the working day before a holiday).
    /// </summary>
    public DateTimeOffset SubtractWorkingDays(DateTimeOffset instant, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var local = ToLocal(instant);
        var day = DateOnly.FromDateTime(local);
        for (var counted = 0; counted < days; counted++)
            day = PreviousWorkingDay(day);
        return AtLocal(day, TimeOnly.FromDateTime(local));
    }

    /// <summary>Goes back through working hours only, the mirror of <see cref="AddWorkingHours"/>.</summary>
    public DateTimeOffset SubtractWorkingHours(DateTimeOffset instant, TimeSpan hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, TimeSpan.Zero);
        if (hours == TimeSpan.Zero)
            return instant;
        var local = ToLocal(instant);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var remaining = hours;
        while (true)
        {
            if (!IsWorkingDay(day) || time <= _workdayStart)
            {
                day = PreviousWorkingDay(day);
                time = _workdayEnd;
                continue;
            }
            if (time > _workdayEnd)
                time = _workdayEnd;
            var available = time - _workdayStart;
            if (remaining <= available)
                return AtLocal(day, time.Add(-remaining));
            remaining -= available;
            day = PreviousWorkingDay(day);
            time = _workdayEnd;
        }
    }

    /// <summary>Working hours (on working days, between start and end of working hours) from one instant to another.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
            return TimeSpan.Zero;
        var start = ToLocal(from);
        var end = ToLocal(to);
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(start); day <= DateOnly.FromDateTime(end); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
                continue;
            var open = day.ToDateTime(_workdayStart);
            var close = day.ToDateTime(_workdayEnd);
            var overlap = (end < close ? end : close) - (start > open ? start : open);
            if (overlap > TimeSpan.Zero)
                total += overlap;
        }
        return total;
    }

    /// <summary>The instant at which <paramref name="percent"/> of the working time from one instant to another has passed.</summary>
    public DateTimeOffset AtShareOfWorkingTime(DateTimeOffset from, DateTimeOffset to, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        var share = WorkingTimeBetween(from, to) * (percent / 100.0);
        return AddWorkingHours(from, TimeSpan.FromSeconds(Math.Round(share.TotalSeconds)));
    }
}
