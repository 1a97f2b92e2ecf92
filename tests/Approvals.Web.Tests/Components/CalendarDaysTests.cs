using Approvals.UseCases.Calendar;
using Approvals.Web.Features.Admin.Calendar;

namespace Approvals.Web.Tests.Components;

public sealed class CalendarDaysTests
{
    private static readonly CalendarYear Labour = new(2030, "notice", [new CalendarHoliday("劳动节", new(2030, 5, 1), new(2030, 5, 3))], [new DateOnly(2030, 4, 28)]);

    [Fact]
    public void A_loaded_year_shows_each_holiday_day_and_make_up_working_day_and_writes_back_the_same_calendar()
    {
        var days = new CalendarDays(2030, Labour);

        Assert.Equal(DayKind.Holiday, days.KindOf(new(2030, 5, 2)));
        Assert.Equal(DayKind.MakeUpWorkingDay, days.KindOf(new(2030, 4, 28)));
        Assert.Equal(DayKind.Ordinary, days.KindOf(new(2030, 5, 6)));
        var written = days.ToCalendarYear();
        Assert.Equal(Labour.Holidays, written.Holidays);
        Assert.Equal(Labour.AdjustedWorkingDays, written.AdjustedWorkingDays);
        Assert.Equal("notice", written.Source);
    }

    [Fact]
    public void A_click_next_to_a_holiday_extends_it_under_its_name_and_clicks_cycle_back_to_ordinary()
    {
        var days = new CalendarDays(2030, Labour);

        days.Toggle(new(2030, 5, 4));
        Assert.Equal([new CalendarHoliday("劳动节", new(2030, 5, 1), new(2030, 5, 4))], days.Holidays);

        days.Toggle(new(2030, 5, 4));
        Assert.Equal(DayKind.MakeUpWorkingDay, days.KindOf(new(2030, 5, 4)));
        days.Toggle(new(2030, 5, 4));
        Assert.Equal(DayKind.Ordinary, days.KindOf(new(2030, 5, 4)));
        Assert.Equal([new CalendarHoliday("劳动节", new(2030, 5, 1), new(2030, 5, 3))], days.Holidays);
    }

    [Fact]
    public void A_day_on_its_own_starts_an_unnamed_holiday_that_can_be_named()
    {
        var days = new CalendarDays(2030, null);

        days.Toggle(new(2030, 10, 1));
        Assert.Equal("", days.Holidays.Single().Name);
        days.Rename(new(2030, 10, 1), " 国庆节 ");

        Assert.Equal([new CalendarHoliday("国庆节", new(2030, 10, 1), new(2030, 10, 1))], days.ToCalendarYear().Holidays);
    }

    [Fact]
    public void Taking_a_day_out_of_the_middle_splits_the_holiday_in_two_keeping_its_name()
    {
        var days = new CalendarDays(2030, Labour);

        days.Toggle(new(2030, 5, 2));
        days.Toggle(new(2030, 5, 2));

        Assert.Equal(
            [new CalendarHoliday("劳动节", new(2030, 5, 1), new(2030, 5, 1)), new CalendarHoliday("劳动节", new(2030, 5, 3), new(2030, 5, 3))],
            days.Holidays);
    }
}
