namespace Approvals.Infrastructure.Calendar;

/// <summary>Counts working days and working hours back from an instant: when to warn before a time limit falls due.</summary>
public sealed class BackwardWorkingTime(CalendarZone zone, WorkingDays days)
{
    /// <summary>
    /// The same local time <paramref name="count"/> working days earlier: one working day before a limit due at
    /// 17:00 on a Monday is 17:00 on the Friday (or on the working day before a holiday).
    /// </summary>
    public DateTimeOffset SubtractWorkingDays(DateTimeOffset instant, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var local = zone.ToLocal(instant);
        var day = DateOnly.FromDateTime(local);
        for (var counted = 0; counted < count; counted++)
            day = days.Previous(day);
        return zone.AtLocal(day, TimeOnly.FromDateTime(local));
    }

    /// <summary>Goes back through working hours only, the mirror of <see cref="ForwardWorkingTime.AddWorkingHours"/>.</summary>
    public DateTimeOffset SubtractWorkingHours(DateTimeOffset instant, TimeSpan hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, TimeSpan.Zero);
        if (hours == TimeSpan.Zero)
            return instant;
        var local = zone.ToLocal(instant);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var remaining = hours;
        while (true)
        {
            if (!days.IsWorkingDay(day) || time <= zone.WorkdayStart)
            {
                day = days.Previous(day);
                time = zone.WorkdayEnd;
                continue;
            }
            if (time > zone.WorkdayEnd)
                time = zone.WorkdayEnd;
            var available = time - zone.WorkdayStart;
            if (remaining <= available)
                return zone.AtLocal(day, time.Add(-remaining));
            remaining -= available;
            day = days.Previous(day);
            time = zone.WorkdayEnd;
        }
    }
}
