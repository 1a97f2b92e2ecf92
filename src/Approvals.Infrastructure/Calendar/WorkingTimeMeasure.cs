namespace Approvals.Infrastructure.Calendar;

/// <summary>How much working time lies between two instants: how far a time limit has run.</summary>
public sealed class WorkingTimeMeasure(CalendarZone zone, WorkingDays days, ForwardWorkingTime forward)
{
    /// <summary>
    /// The number of working days after the local day of <paramref name="from"/> up to and including the local
    /// day of <paramref name="to"/>; negative when <paramref name="to"/> is earlier. For n ≥ 1,
    /// <c>WorkingDaysBetween(from, AddWorkingDays(from, n)) == n</c>.
    /// </summary>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
            return -WorkingDaysBetween(to, from);
        var last = zone.LocalDate(to);
        var count = 0;
        for (var day = zone.LocalDate(from).AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (days.IsWorkingDay(day))
                count++;
        }
        return count;
    }

    /// <summary>Working hours (on working days, between start and end of working hours) from one instant to another.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
            return TimeSpan.Zero;
        var start = zone.ToLocal(from);
        var end = zone.ToLocal(to);
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(start); day <= DateOnly.FromDateTime(end); day = day.AddDays(1))
        {
            if (!days.IsWorkingDay(day))
                continue;
            var open = day.ToDateTime(zone.WorkdayStart);
            var close = day.ToDateTime(zone.WorkdayEnd);
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
        return forward.AddWorkingHours(from, TimeSpan.FromSeconds(Math.Round(share.TotalSeconds)));
    }
}
