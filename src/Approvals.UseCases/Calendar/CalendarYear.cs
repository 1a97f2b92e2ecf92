namespace Approvals.UseCases.Calendar;

/// <summary>
/// The official days off and adjusted working days (调休) of one year, in the shape of
/// <c>reference/calendar-cn-{year}.json</c>.
/// </summary>
public sealed record CalendarYear(
    int Year,
    string? Source,
    IReadOnlyList<CalendarHoliday> Holidays,
    IReadOnlyList<DateOnly> AdjustedWorkingDays)
{
    public bool IsHoliday(DateOnly day) => Holidays.Any(holiday => holiday.Contains(day));

    public bool IsAdjustedWorkingDay(DateOnly day) => AdjustedWorkingDays.Contains(day);

    /// <summary>Days off granted by the holidays, counting a weekend day inside a holiday once.</summary>
    public int CountHolidayDays() => Holidays.SelectMany(holiday => holiday.EnumerateDays()).Distinct().Count();
}

/// <summary>A public holiday: every day from <see cref="From"/> to <see cref="To"/>, both included, is off.</summary>
public sealed record CalendarHoliday(string Name, DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;

    public IEnumerable<DateOnly> EnumerateDays()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
            yield return day;
    }
}
