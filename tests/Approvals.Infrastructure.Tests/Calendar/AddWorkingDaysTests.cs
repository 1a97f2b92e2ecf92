using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;

namespace Approvals.Infrastructure.Tests.Calendar;

public sealed class AddWorkingDaysTests
{
    private readonly Approvals.Infrastructure.Calendar.ForwardWorkingTime _forward = Forward();

    [Fact]
    public void Adding_one_working_day_on_the_eve_of_Spring_Festival_lands_on_the_working_Saturday() =>
        Assert.Equal(EndOfDay(2026, 2, 14), _forward.AddWorkingDays(Shanghai(2026, 2, 13, 10, 0), 1));

    [Fact]
    public void Adding_two_working_days_on_the_eve_of_Spring_Festival_skips_the_whole_holiday() =>
        Assert.Equal(EndOfDay(2026, 2, 24), _forward.AddWorkingDays(Shanghai(2026, 2, 13, 10, 0), 2));

    [Fact]
    public void The_working_Saturday_after_Spring_Festival_counts_as_a_working_day() =>
        Assert.Equal(EndOfDay(2026, 2, 28), _forward.AddWorkingDays(Shanghai(2026, 2, 14, 10, 0), 5));

    [Fact]
    public void The_day_of_the_event_is_not_counted_even_when_it_starts_before_working_hours() =>
        Assert.Equal(EndOfDay(2026, 3, 3), _forward.AddWorkingDays(Shanghai(2026, 3, 2, 0, 5), 1));

    [Theory]
    [InlineData(1, "2026-10-08")]
    [InlineData(3, "2026-10-10")] // Saturday made a working day
    [InlineData(4, "2026-10-12")]
    public void Working_days_from_the_eve_of_National_Day_skip_the_golden_week(int days, string due) =>
        Assert.Equal(EndOfDay(DateOnly.Parse(due)), _forward.AddWorkingDays(Shanghai(2026, 9, 30, 15, 0), days));

    [Fact]
    public void One_working_day_from_the_Friday_before_Qingming_is_the_Tuesday_after_it() =>
        Assert.Equal(EndOfDay(2026, 4, 7), _forward.AddWorkingDays(Shanghai(2026, 4, 3, 11, 0), 1));

    [Fact]
    public void An_instant_late_in_the_UTC_evening_starts_counting_from_the_next_Shanghai_day()
    {
        // 2026-02-13 23:30 UTC is Saturday 2026-02-14 07:30 in Shanghai: the working Saturday is the start day.
        var from = new DateTimeOffset(2026, 2, 13, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 2, 14), Zone().LocalDate(from));
        Assert.Equal(EndOfDay(2026, 2, 24), _forward.AddWorkingDays(from, 1));
    }

    [Fact]
    public void Counting_into_a_year_without_a_calendar_skips_weekends_only() =>
        Assert.Equal(EndOfDay(2027, 1, 4), _forward.AddWorkingDays(Shanghai(2026, 12, 30, 10, 0), 3));

    [Fact]
    public void Zero_working_days_is_the_end_of_the_current_working_day() =>
        Assert.Equal(EndOfDay(2026, 2, 13), _forward.AddWorkingDays(Shanghai(2026, 2, 13, 10, 0), 0));

    [Fact]
    public void A_negative_number_of_working_days_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _forward.AddWorkingDays(Shanghai(2026, 2, 13, 10, 0), -1));
}
