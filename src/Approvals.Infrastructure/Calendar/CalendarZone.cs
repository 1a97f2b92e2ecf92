using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Calendar;

/// <summary>
/// The calendar's zone (Asia/Shanghai) and its working hours: every local day and time is this zone's, whatever the
/// offset of the instant passed in; the only clock is the injected TimeProvider.
/// </summary>
public sealed class CalendarZone
{
    private readonly TimeProvider _time;

    public CalendarZone(IOptions<CalendarOptions> options, TimeProvider time)
    {
        _time = time;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        WorkdayStart = options.Value.WorkdayStart;
        WorkdayEnd = options.Value.WorkdayEnd;
    }

    public TimeZoneInfo TimeZone { get; }

    public TimeOnly WorkdayStart { get; }

    public TimeOnly WorkdayEnd { get; }

    /// <summary>Today's date in the zone.</summary>
    public DateOnly Today => LocalDate(_time.GetUtcNow());

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    /// <summary>The instant of a local day and time, with the zone's offset on that day.</summary>
    public DateTimeOffset AtLocal(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }
}
