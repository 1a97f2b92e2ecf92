using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Calendar;

/// <summary>
/// Working days in the configured zone (Asia/Shanghai): Saturdays, Sundays and public holidays are off, adjusted
/// working days (调休) are on. A year without a calendar file counts weekends only. Every day and time is the
/// zone's local one, whatever the offset of the instant passed in; the only clock is the injected TimeProvider.
/// </summary>
public sealed partial class WorkingDayCalendar
{
    private readonly ICalendarYearStore _store;
    private readonly TimeProvider _time;
    private readonly TimeOnly _workdayStart;
    private readonly TimeOnly _workdayEnd;

    public WorkingDayCalendar(ICalendarYearStore store, IOptions<CalendarOptions> options, TimeProvider time)
    {
        _store = store;
        _time = time;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        _workdayStart = options.Value.WorkdayStart;
        _workdayEnd = options.Value.WorkdayEnd;
    }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Today's date in the calendar's zone.</summary>
    public DateOnly Today => LocalDate(_time.GetUtcNow());

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    public bool IsWorkingDay(DateOnly day)
    {
        var calendar = _store.Find(day.Year);
        if (calendar is not null && calendar.IsAdjustedWorkingDay(day))
            return true;
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            return false;
        return calendar is null || !calendar.IsHoliday(day);
    }

    /// <summary>The first working day strictly after <paramref name="day"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        var next = day.AddDays(1);
        while (!IsWorkingDay(next))
            next = next.AddDays(1);
        return next;
    }

    /// <summary>
    /// The end of working hours of the working day <paramref name="instant"/> falls on, or of the next working
    /// day when the instant is on a day off or after the end of working hours.
    /// </summary>
    public DateTimeOffset EndOfWorkingDay(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var day = DateOnly.FromDateTime(local);
        var stillOpen = IsWorkingDay(day) && TimeOnly.FromDateTime(local) <= _workdayEnd;
        return AtLocal(stillOpen ? day : NextWorkingDay(day), _workdayEnd);
    }

    /// <summary>
    /// The due instant of a time limit of <paramref name="days"/> working days: the end of working hours of the
    /// Nth working day after the local day of <paramref name="from"/>. The day of <paramref name="from"/> itself is
    /// never counted, whatever its time (a limit starts on the day after the event). Zero days is
    /// <see cref="EndOfWorkingDay"/> of <paramref name="from"/>.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
            return EndOfWorkingDay(from);
        var day = LocalDate(from);
        for (var counted = 0; counted < days; counted++)
            day = NextWorkingDay(day);
        return AtLocal(day, _workdayEnd);
    }

    /// <summary>
    /// The number of working days after the local day of <paramref name="from"/> up to and including the local
    /// day of <paramref name="to"/>; negative when <paramref name="to"/> is earlier. For n ≥ 1,
    /// <c>WorkingDaysBetween(from, AddWorkingDays(from, n)) == n</c>.
    /// </summary>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
            return -WorkingDaysBetween(to, from);
        var last = LocalDate(to);
        var count = 0;
        for (var day = LocalDate(from).AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
                count++;
        }
        return count;
    }

    private DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    private DateTimeOffset AtLocal(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }
}
