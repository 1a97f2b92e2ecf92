namespace Approvals.Infrastructure.Tests.Calendar;

public sealed class WorkingDayTests
{
    private readonly Approvals.Infrastructure.Calendar.WorkingDays _days = TestCalendar.Days();

    [Theory]
    [InlineData("2026-02-13", true)]  // Friday before Spring Festival
    [InlineData("2026-02-14", true)]  // Saturday made a working day
    [InlineData("2026-02-15", false)] // first day of Spring Festival
    [InlineData("2026-02-23", false)] // Monday, last day of Spring Festival
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]  // Saturday made a working day
    [InlineData("2026-03-01", false)] // ordinary Sunday
    [InlineData("2026-04-06", false)] // Monday of Qingming
    [InlineData("2026-10-07", false)] // Wednesday of National Day
    [InlineData("2026-10-10", true)]  // Saturday made a working day
    [InlineData("2026-10-11", false)]
    public void A_day_is_working_on_the_2026_calendar_as_the_State_Council_arranged(string day, bool working) =>
        Assert.Equal(working, _days.IsWorkingDay(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2027-01-01", true)] // New Year's Day, but no 2027 calendar is loaded
    [InlineData("2027-01-02", false)]
    [InlineData("2027-01-03", false)]
    [InlineData("2027-01-04", true)]
    public void A_year_without_a_calendar_has_only_weekends_off(string day, bool working) =>
        Assert.Equal(working, _days.IsWorkingDay(DateOnly.Parse(day)));
}
