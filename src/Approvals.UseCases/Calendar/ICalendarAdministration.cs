namespace Approvals.UseCases.Calendar;

/// <summary>The working-day calendar as administrators read and replace it, one year at a time.</summary>
public interface ICalendarAdministration
{
    /// <summary>This year by the calendar's zone (Asia/Shanghai): the year the administrator's page opens on.</summary>
    int ThisYear { get; }

    /// <summary>The year's status and its holidays and adjusted working days; no calendar for a year without a file.</summary>
    CalendarYearView Read(int year);

    /// <summary>Stores the year in place of any earlier version; deadlines computed from now on use it.</summary>
    /// <exception cref="CalendarYearValidationException">the calendar is not valid; every problem is listed.</exception>
    Task<CalendarYearView> SaveAsync(CalendarYear calendar, CancellationToken cancellationToken);
}

/// <summary>One year of the calendar with what the administrator's page says about it.</summary>
public sealed record CalendarYearView(CalendarStatus Status, CalendarYear? Calendar);
