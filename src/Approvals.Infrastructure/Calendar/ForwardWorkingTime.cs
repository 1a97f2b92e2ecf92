namespace Approvals.Infrastructure.Calendar;

/// <summary>Counts working days and working hours forward from an instant: where a time limit falls due.</summary>
public sealed class ForwardWorkingTime(CalendarZone zone, WorkingDays days)
{
    /// <summary>
    /// The end of working hours of the working day <paramref name="instant"/> falls on, or of the next working
    /// day when the instant is on a day off or after the end of working hours.
    /// </summary>
    public DateTimeOffset EndOfWorkingDay(DateTimeOffset instant)
    {
        var local = zone.ToLocal(instant);
        var day = DateOnly.FromDateTime(local);
        var stillOpen = days.IsWorkingDay(day) && TimeOnly.FromDateTime(local) <= zone.WorkdayEnd;
        return zone.AtLocal(stillOpen ? day : days.Next(day), zone.WorkdayEnd);
    }

    /// <summary>
    /// The due instant of a time limit of <paramref name="count"/> working days: the end of working hours of the
    /// Nth working day after the local day of <paramref name="from"/>. The day of <paramref name="from"/> itself is
    /// never counted, whatever its time (a limit starts on the day after the event). Zero days is
    /// <see cref="EndOfWorkingDay"/> of <paramref name="from"/>.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
            return EndOfWorkingDay(from);
        var day = zone.LocalDate(from);
        for (var counted = 0; counted < count; counted++)
            day = days.Next(day);
        return zone.AtLocal(day, zone.WorkdayEnd);
    }

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

        var local = zone.ToLocal(from);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var remaining = hours;
        while (true)
        {
            if (!days.IsWorkingDay(day) || time >= zone.WorkdayEnd)
            {
                day = days.Next(day);
                time = zone.WorkdayStart;
                continue;
            }
            if (time < zone.WorkdayStart)
                time = zone.WorkdayStart;
            var available = zone.WorkdayEnd - time;
            if (remaining <= available)
                return zone.AtLocal(day, time.Add(remaining));
            remaining -= available;
            day = days.Next(day);
            time = zone.WorkdayStart;
        }
    }
}
