using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;

namespace Approvals.Infrastructure.Tests.Calendar;

public sealed class WorkingDaysBetweenTests
{
    private readonly Approvals.Infrastructure.Calendar.WorkingTimeMeasure _measure = Measure();

    [Fact]
    public void Across_Spring_Festival_only_the_working_Saturday_and_the_first_day_back_count() =>
        Assert.Equal(2, _measure.WorkingDaysBetween(Shanghai(2026, 2, 13, 10, 0), Shanghai(2026, 2, 24, 9, 0)));

    [Fact]
    public void Across_National_Day_the_working_Saturday_counts() =>
        Assert.Equal(4, _measure.WorkingDaysBetween(Shanghai(2026, 9, 30, 10, 0), Shanghai(2026, 10, 12, 10, 0)));

    [Fact]
    public void Two_instants_on_the_same_day_are_zero_working_days_apart() =>
        Assert.Equal(0, _measure.WorkingDaysBetween(Shanghai(2026, 3, 2, 9, 0), Shanghai(2026, 3, 2, 16, 0)));

    [Fact]
    public void Counting_backwards_gives_a_negative_number() =>
        Assert.Equal(-2, _measure.WorkingDaysBetween(Shanghai(2026, 2, 24, 9, 0), Shanghai(2026, 2, 13, 10, 0)));

    [Fact]
    public void Instants_are_compared_by_their_Shanghai_days() =>
        Assert.Equal(1, _measure.WorkingDaysBetween(
            new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero),   // Monday 23:00 in Shanghai
            new DateTimeOffset(2026, 3, 2, 16, 30, 0, TimeSpan.Zero))); // Tuesday 00:30 in Shanghai

    [Theory]
    [InlineData("2026-01-30T10:00:00+08:00")]
    [InlineData("2026-02-13T16:00:00+08:00")]
    [InlineData("2026-09-18T09:00:00+08:00")]
    [InlineData("2026-12-15T12:00:00+08:00")]
    public void Counting_the_days_to_a_due_date_gives_back_the_number_of_days_added(string from)
    {
        var start = DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        for (var days = 1; days <= 40; days++)
            Assert.Equal(days, _measure.WorkingDaysBetween(start, Forward().AddWorkingDays(start, days)));
    }
}
