using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;

namespace Approvals.Infrastructure.Tests.Calendar;

public sealed class EndOfWorkingDayTests
{
    private readonly Approvals.Infrastructure.Calendar.ForwardWorkingTime _forward = Forward();

    [Fact]
    public void During_a_working_day_it_is_the_end_of_that_day() =>
        Assert.Equal(EndOfDay(2026, 2, 13), _forward.EndOfWorkingDay(Shanghai(2026, 2, 13, 8, 0)));

    [Fact]
    public void After_working_hours_it_is_the_end_of_the_next_working_day() =>
        Assert.Equal(EndOfDay(2026, 2, 14), _forward.EndOfWorkingDay(Shanghai(2026, 2, 13, 17, 1)));

    [Fact]
    public void During_Spring_Festival_it_is_the_end_of_the_first_working_day_after_it() =>
        Assert.Equal(EndOfDay(2026, 2, 24), _forward.EndOfWorkingDay(Shanghai(2026, 2, 18, 10, 0)));

    [Fact]
    public void An_instant_given_in_UTC_is_judged_by_its_Shanghai_day() =>
        Assert.Equal(EndOfDay(2026, 2, 14), _forward.EndOfWorkingDay(new DateTimeOffset(2026, 2, 13, 23, 30, 0, TimeSpan.Zero)));
}
