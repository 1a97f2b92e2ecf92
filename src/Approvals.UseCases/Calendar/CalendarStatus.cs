namespace Approvals.UseCases.Calendar;

/// <summary>What the administrator's page says about one year of the calendar.</summary>
/// <param name="HasCalendar">False when no file covers the year, so that only weekends count as days off.</param>
/// <param name="HolidayDays">Days off granted by public holidays; 0 without a calendar.</param>
/// <param name="AdjustedWorkingDays">Weekend days made working days (调休); 0 without a calendar.</param>
public sealed record CalendarStatus(int Year, bool HasCalendar, string? Source, int HolidayDays, int AdjustedWorkingDays)
{
    public bool CountsWeekendsOnly => !HasCalendar;

    public static CalendarStatus For(int year, CalendarYear? calendar) =>
        calendar is null
            ? new CalendarStatus(year, false, null, 0, 0)
            : new CalendarStatus(year, true, calendar.Source, calendar.CountHolidayDays(), calendar.AdjustedWorkingDays.Count);
}
