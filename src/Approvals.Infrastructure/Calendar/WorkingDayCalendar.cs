using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Calendar;

/// <summary>
/// The working-day calendar the deadlines, jobs and the administrator's page use, in one place: it answers through
/// its parts — the <see cref="Zone"/> (time zone and working hours), the <see cref="Days"/> that are worked, counting
/// <see cref="Forward"/> and <see cref="Backward"/>, <see cref="Measure">measuring</see> between two instants, and
/// the <see cref="Coverage"/> of years by calendar files.
/// </summary>
public sealed class WorkingDayCalendar
{
    public WorkingDayCalendar(ICalendarYearStore store, IOptions<CalendarOptions> options, TimeProvider time)
    {
        Zone = new CalendarZone(options, time);
        Days = new WorkingDays(store);
        Forward = new ForwardWorkingTime(Zone, Days);
        Backward = new BackwardWorkingTime(Zone, Days);
        Measure = new WorkingTimeMeasure(Zone, Days, Forward);
        Coverage = new CalendarCoverage(store, Zone);
    }

    public CalendarZone Zone { get; }

    public WorkingDays Days { get; }

    public ForwardWorkingTime Forward { get; }

    public BackwardWorkingTime Backward { get; }

    public WorkingTimeMeasure Measure { get; }

    public CalendarCoverage Coverage { get; }

    public TimeZoneInfo TimeZone => Zone.TimeZone;

    /// <inheritdoc cref="CalendarZone.Today"/>
    public DateOnly Today => Zone.Today;

    public DateOnly LocalDate(DateTimeOffset instant) => Zone.LocalDate(instant);

    public bool IsWorkingDay(DateOnly day) => Days.IsWorkingDay(day);

    /// <inheritdoc cref="WorkingDays.Next"/>
    public DateOnly NextWorkingDay(DateOnly day) => Days.Next(day);

    /// <inheritdoc cref="WorkingDays.Previous"/>
    public DateOnly PreviousWorkingDay(DateOnly day) => Days.Previous(day);

    /// <inheritdoc cref="ForwardWorkingTime.EndOfWorkingDay"/>
    public DateTimeOffset EndOfWorkingDay(DateTimeOffset instant) => Forward.EndOfWorkingDay(instant);

    /// <inheritdoc cref="ForwardWorkingTime.AddWorkingDays"/>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days) => Forward.AddWorkingDays(from, days);

    /// <inheritdoc cref="ForwardWorkingTime.AddWorkingHours"/>
    public DateTimeOffset AddWorkingHours(DateTimeOffset from, TimeSpan hours) => Forward.AddWorkingHours(from, hours);

    /// <inheritdoc cref="BackwardWorkingTime.SubtractWorkingDays"/>
    public DateTimeOffset SubtractWorkingDays(DateTimeOffset instant, int days) => Backward.SubtractWorkingDays(instant, days);

    /// <inheritdoc cref="BackwardWorkingTime.SubtractWorkingHours"/>
    public DateTimeOffset SubtractWorkingHours(DateTimeOffset instant, TimeSpan hours) => Backward.SubtractWorkingHours(instant, hours);

    /// <inheritdoc cref="WorkingTimeMeasure.WorkingDaysBetween"/>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to) => Measure.WorkingDaysBetween(from, to);

    /// <inheritdoc cref="WorkingTimeMeasure.WorkingTimeBetween"/>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) => Measure.WorkingTimeBetween(from, to);

    /// <inheritdoc cref="WorkingTimeMeasure.AtShareOfWorkingTime"/>
    public DateTimeOffset AtShareOfWorkingTime(DateTimeOffset from, DateTimeOffset to, int percent) => Measure.AtShareOfWorkingTime(from, to, percent);

    public bool HasCalendarFor(int year) => Coverage.HasCalendarFor(year);

    public CalendarStatus GetStatus(int year) => Coverage.GetStatus(year);

    /// <inheritdoc cref="CalendarCoverage.YearsWithoutCalendar"/>
    public IReadOnlyList<int> YearsWithoutCalendar(DateTimeOffset from, DateTimeOffset to) => Coverage.YearsWithoutCalendar(from, to);

    /// <inheritdoc cref="CalendarCoverage.StatusFromThisYear"/>
    public IReadOnlyList<CalendarStatus> StatusFromThisYear(int followingYears = 1) => Coverage.StatusFromThisYear(followingYears);
}
