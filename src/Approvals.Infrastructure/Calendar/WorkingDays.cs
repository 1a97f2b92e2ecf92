namespace Approvals.Infrastructure.Calendar;

/// <summary>
/// Which days are worked: Saturdays, Sundays and public holidays are off, adjusted working days (调休) are on. A year
/// without a calendar file counts weekends only.
/// </summary>
public sealed class WorkingDays(ICalendarYearStore store)
{
    public bool IsWorkingDay(DateOnly day)
    {
        var calendar = store.Find(day.Year);
        if (calendar is not null && calendar.IsAdjustedWorkingDay(day))
            return true;
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            return false;
        return calendar is null || !calendar.IsHoliday(day);
    }

    /// <summary>The first working day strictly after <paramref name="day"/>.</summary>
    public DateOnly Next(DateOnly day)
    {
        var next = day.AddDays(1);
        while (!IsWorkingDay(next))
            next = next.AddDays(1);
        return next;
    }

    /// <summary>The last working day strictly before <paramref name="day"/>.</summary>
    public DateOnly Previous(DateOnly day)
    {
        var previous = day.AddDays(-1);
        while (!IsWorkingDay(previous))
            previous = previous.AddDays(-1);
        return previous;
    }
}
