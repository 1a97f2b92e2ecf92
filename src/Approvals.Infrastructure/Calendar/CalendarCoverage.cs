using Approvals.UseCases.Calendar;

namespace Approvals.Infrastructure.Calendar;

/// <summary>Which years have a calendar file: a deadline across a year without one counted weekends only.</summary>
public sealed class CalendarCoverage(ICalendarYearStore store, CalendarZone zone)
{
    public bool HasCalendarFor(int year) => store.Find(year) is not null;

    public CalendarStatus GetStatus(int year) => CalendarStatus.For(year, store.Find(year));

    /// <summary>The status of this year and the <paramref name="followingYears"/> after it, for the administrator's page.</summary>
    public IReadOnlyList<CalendarStatus> StatusFromThisYear(int followingYears = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(followingYears);
        return Enumerable.Range(zone.Today.Year, followingYears + 1).Select(GetStatus).ToList();
    }

    /// <summary>
    /// The years between the local days of <paramref name="from"/> and <paramref name="to"/> (both included) that
    /// have no calendar, so a deadline computed across them counted weekends only.
    /// </summary>
    public IReadOnlyList<int> YearsWithoutCalendar(DateTimeOffset from, DateTimeOffset to)
    {
        var (first, last) = to < from ? (zone.LocalDate(to).Year, zone.LocalDate(from).Year) : (zone.LocalDate(from).Year, zone.LocalDate(to).Year);
        return Enumerable.Range(first, last - first + 1).Where(year => !HasCalendarFor(year)).ToList();
    }
}
