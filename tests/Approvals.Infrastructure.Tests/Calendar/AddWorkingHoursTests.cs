using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;

namespace Approvals.Infrastructure.Tests.Calendar;

public sealed class AddWorkingHoursTests
{
    private readonly Approvals.Infrastructure.Calendar.ForwardWorkingTime _forward = Forward();

    [Fact]
    public void Hours_within_a_working_day_are_added_as_is() =>
        Assert.Equal(Shanghai(2026, 3, 2, 13, 30), _forward.AddWorkingHours(Shanghai(2026, 3, 2, 10, 0), TimeSpan.FromHours(3.5)));

    [Fact]
    public void Hours_that_end_exactly_at_closing_time_stay_on_that_day() =>
        Assert.Equal(EndOfDay(2026, 2, 13), _forward.AddWorkingHours(Shanghai(2026, 2, 13, 13, 0), TimeSpan.FromHours(4)));

    [Fact]
    public void Hours_left_over_at_closing_time_continue_on_the_working_Saturday() =>
        Assert.Equal(Shanghai(2026, 2, 14, 11, 0), _forward.AddWorkingHours(Shanghai(2026, 2, 13, 15, 0), TimeSpan.FromHours(4)));

    [Fact]
    public void Hours_left_over_on_the_eve_of_Spring_Festival_continue_after_the_holiday() =>
        Assert.Equal(Shanghai(2026, 2, 24, 10, 0), _forward.AddWorkingHours(Shanghai(2026, 2, 14, 16, 0), TimeSpan.FromHours(2)));

    [Fact]
    public void Counting_from_before_opening_time_starts_at_opening_time() =>
        Assert.Equal(Shanghai(2026, 3, 2, 10, 0), _forward.AddWorkingHours(Shanghai(2026, 3, 2, 7, 0), TimeSpan.FromHours(1)));

    [Fact]
    public void More_hours_than_a_working_day_span_several_days() =>
        Assert.Equal(Shanghai(2026, 3, 3, 11, 0), _forward.AddWorkingHours(Shanghai(2026, 3, 2, 9, 0), TimeSpan.FromHours(10)));

    [Fact]
    public void Negative_hours_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _forward.AddWorkingHours(Shanghai(2026, 3, 2, 9, 0), TimeSpan.FromHours(-1)));
}
