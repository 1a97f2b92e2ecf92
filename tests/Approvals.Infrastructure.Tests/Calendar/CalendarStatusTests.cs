using Microsoft.Extensions.Time.Testing;
using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;

namespace Approvals.Infrastructure.Tests.Calendar;

public sealed class CalendarStatusTests
{
    [Fact]
    public void The_2026_calendar_reports_its_source_holidays_and_adjusted_working_days()
    {
        var status = Coverage().GetStatus(2026);

        Assert.True(status.HasCalendar);
        Assert.False(status.CountsWeekendsOnly);
        Assert.Contains("State Council", status.Source);
        Assert.Equal(3 + 9 + 3 + 5 + 3 + 3 + 7, status.HolidayDays);
        Assert.Equal(6, status.AdjustedWorkingDays);
    }

    [Fact]
    public void A_year_with_no_file_says_that_it_counts_weekends_only()
    {
        var coverage = Coverage();
        var status = coverage.GetStatus(2027);

        Assert.False(coverage.HasCalendarFor(2027));
        Assert.True(status.CountsWeekendsOnly);
        Assert.Equal(0, status.HolidayDays);
        Assert.Null(status.Source);
    }

    [Fact]
    public void The_administrators_page_lists_this_year_and_the_next_by_the_Shanghai_date()
    {
        // 2026-12-31 16:30 UTC is already 2027-01-01 00:30 in Shanghai.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero));

        var statuses = Coverage(time).StatusFromThisYear(followingYears: 1);

        Assert.Equal([2027, 2028], statuses.Select(status => status.Year));
        Assert.All(statuses, status => Assert.True(status.CountsWeekendsOnly));
    }

    [Fact]
    public void The_page_turns_to_the_new_year_when_the_clock_does()
    {
        var time = new FakeTimeProvider(Shanghai(2026, 12, 31, 23, 0));
        var coverage = Coverage(time);
        Assert.True(coverage.StatusFromThisYear(0).Single().HasCalendar);

        time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(2027, coverage.StatusFromThisYear(0).Single().Year);
        Assert.False(coverage.StatusFromThisYear(0).Single().HasCalendar);
    }

    [Fact]
    public void A_period_reaching_into_later_years_names_each_year_without_a_calendar() =>
        Assert.Equal([2027, 2028], Coverage().YearsWithoutCalendar(Shanghai(2026, 6, 1, 9, 0), Shanghai(2028, 1, 10, 9, 0)));

    [Fact]
    public void A_period_inside_2026_has_every_calendar_it_needs() =>
        Assert.Empty(Coverage().YearsWithoutCalendar(Shanghai(2026, 2, 1, 9, 0), Shanghai(2026, 12, 31, 9, 0)));
}
