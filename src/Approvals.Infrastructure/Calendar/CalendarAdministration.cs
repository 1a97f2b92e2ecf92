using Approvals.UseCases.Calendar;

namespace Approvals.Infrastructure.Calendar;

/// <summary>The administrators' calendar: the store's years with their coverage status.</summary>
internal sealed class CalendarAdministration(ICalendarYearStore store, CalendarCoverage coverage, CalendarZone zone) : ICalendarAdministration
{
    public int ThisYear => zone.Today.Year;

    public CalendarYearView Read(int year) => new(coverage.GetStatus(year), store.Find(year));

    public async Task<CalendarYearView> SaveAsync(CalendarYear calendar, CancellationToken cancellationToken)
    {
        await store.SaveYearAsync(calendar, cancellationToken);
        return Read(calendar.Year);
    }
}
