namespace Approvals.Infrastructure.Calendar;

public sealed partial class WorkingDayCalendar
{
    public bool HasCalendarFor(int year) => _store.Find(year) is not null;

    public CalendarStatus GetStatus(int year) => CalendarStatus.For(year, _store.Find(year));

    /// <summary>The status of this year and the <paramref name="followingYears"/> after it, for the administrator's page.</summary>
    public IReadOnlyList<CalendarStatus> StatusFromThisYear(int followingYears = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(followingYears);
        var thisYear = Today.Year;
        return Enumerable.Range(thisYear, followingYears + 1).Select(GetStatus).ToList();
    }

    /// <summary>
    /// The years between the local days of <paramref name="from"/> and <paramref name="to"/> (both included) that
    /// have no calendar, so a deadline computed across them counted weekends only.
    /// </summary>
    public IReadOnlyList<int> YearsWithoutCalendar(DateTimeOffset from, DateTimeOffset to)
    {
        var (first, last) = to < from ? (LocalDate(to).Year, LocalDate(from).Year) : (LocalDate(from).Year, LocalDate(to).Year);
        return Enumerable.Range(first, last - first + 1).Where(year => !HasCalendarFor(year)).ToList();
    }
}
