using Approvals.UseCases.Calendar;

namespace Approvals.Infrastructure.Calendar;

/// <summary>The calendar years known to the application, and the way administrators change them.</summary>
public interface ICalendarYearStore
{
    /// <summary>Every known year, in ascending order.</summary>
    IReadOnlyList<CalendarYear> Years { get; }

    CalendarYear? Find(int year);

    /// <summary>
    /// Validates <paramref name="calendar"/> (throwing <see cref="CalendarYearValidationException"/> with every
    /// problem), stores it in place of any earlier version of that year, and makes it visible to the calendar.
    /// </summary>
    Task SaveYearAsync(CalendarYear calendar, CancellationToken cancellationToken = default);
}
