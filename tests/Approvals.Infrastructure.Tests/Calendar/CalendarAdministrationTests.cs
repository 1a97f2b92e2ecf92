using Approvals.Infrastructure.Calendar;
using Approvals.UseCases.Calendar;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;

namespace Approvals.Infrastructure.Tests.Calendar;

/// <summary>The calendar as the administrator's page and endpoint read and replace it.</summary>
public sealed class CalendarAdministrationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_page_opens_on_this_year_by_the_Shanghai_date()
    {
        // 2026-12-31 16:30 UTC is already 2027-01-01 00:30 in Shanghai.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal(2027, Administration(time).ThisYear);
    }

    [Fact]
    public void A_year_is_read_with_its_holidays_and_what_the_page_says_about_it()
    {
        _folder.CopyReferenceCalendar(2026);

        var view = Administration().Read(2026);

        Assert.Equal((2026, true, 6), (view.Status.Year, view.Status.HasCalendar, view.Status.AdjustedWorkingDays));
        Assert.Equal(view.Status.HolidayDays, view.Calendar!.CountHolidayDays());
    }

    [Fact]
    public async Task A_saved_year_is_answered_with_its_new_status_and_counts_at_once()
    {
        var administration = Administration();
        Assert.True(administration.Read(2027).Status.CountsWeekendsOnly);

        var saved = await administration.SaveAsync(
            new CalendarYear(2027, "Edited", [new CalendarHoliday("元旦 New Year's Day", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3))], []),
            CancellationToken.None);

        Assert.Equal((true, 3, "Edited"), (saved.Status.HasCalendar, saved.Status.HolidayDays, saved.Status.Source));
        Assert.False(administration.Read(2027).Status.CountsWeekendsOnly);
    }

    private CalendarAdministration Administration(TimeProvider? time = null)
    {
        var store = new FileCalendarYearStore(_folder.Path, NullLogger<FileCalendarYearStore>.Instance);
        var zone = Zone(time);
        return new CalendarAdministration(store, new CalendarCoverage(store, zone), zone);
    }
}
