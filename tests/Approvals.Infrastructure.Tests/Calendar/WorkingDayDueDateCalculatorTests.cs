using Approvals.Infrastructure.Calendar;
using Approvals.Workflows.Runtime;
using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;

namespace Approvals.Infrastructure.Tests.Calendar;

public sealed class WorkingDayDueDateCalculatorTests
{
    private readonly WorkingDayDueDateCalculator _calculator = new(Forward());

    [Fact]
    public void Elapsed_time_runs_through_holidays() =>
        Assert.Equal(Shanghai(2026, 2, 15, 10, 0), _calculator.DueAt(Shanghai(2026, 2, 14, 10, 0), WorkflowDuration.Parse("P1D")));

    [Fact]
    public void Five_working_days_from_the_eve_of_Spring_Festival_end_on_the_Friday_after_it() =>
        Assert.Equal(EndOfDay(2026, 2, 27), _calculator.DueAt(Shanghai(2026, 2, 13, 10, 0), WorkflowDuration.Parse("5wd")));

    [Fact]
    public void Working_hours_alone_are_counted_in_working_hours() =>
        Assert.Equal(Shanghai(2026, 2, 24, 10, 0), _calculator.DueAt(Shanghai(2026, 2, 14, 15, 0), WorkflowDuration.Parse("0wd3h")));

    [Fact]
    public void Working_hours_after_working_days_start_at_the_end_of_the_last_working_day() =>
        Assert.Equal(Shanghai(2026, 2, 24, 11, 0), _calculator.DueAt(Shanghai(2026, 2, 13, 10, 0), WorkflowDuration.Parse("1wd2h")));
}
