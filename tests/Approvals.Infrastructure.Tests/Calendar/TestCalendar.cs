using Approvals.Infrastructure.Calendar;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Infrastructure.Tests.Calendar;

/// <summary>
/// Builds the calendar's parts on the repository's own <c>reference/</c> files, never on retyped data, with the
/// default settings (Asia/Shanghai, 09:00–17:00) and a clock at 2026-01-05 09:00 in Shanghai unless one is given.
/// </summary>
internal static class TestCalendar
{
    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    public static string RepositoryRoot { get; } = LocateRepositoryRoot();

    public static string ReferenceFolder => Path.Combine(RepositoryRoot, "reference");

    public static ICalendarYearStore ReferenceStore() => new FileCalendarYearStore(ReferenceFolder, NullLogger<FileCalendarYearStore>.Instance);

    public static CalendarZone Zone(TimeProvider? time = null) =>
        new(Options.Create(new CalendarOptions()), time ?? new FakeTimeProvider(Shanghai(2026, 1, 5, 9, 0)));

    public static WorkingDays Days(ICalendarYearStore? store = null) => new(store ?? ReferenceStore());

    public static ForwardWorkingTime Forward() => new(Zone(), Days());

    public static BackwardWorkingTime Backward() => new(Zone(), Days());

    public static WorkingTimeMeasure Measure() => new(Zone(), Days(), Forward());

    public static CalendarCoverage Coverage(TimeProvider? time = null) => new(ReferenceStore(), Zone(time));

    /// <summary>A local time in Shanghai (UTC+8).</summary>
    public static DateTimeOffset Shanghai(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, ShanghaiOffset);

    /// <summary>The due instant of a working-day limit: 17:00 in Shanghai.</summary>
    public static DateTimeOffset EndOfDay(int year, int month, int day) => Shanghai(year, month, day, 17, 0);

    public static DateTimeOffset EndOfDay(DateOnly day) => EndOfDay(day.Year, day.Month, day.Day);

    private static string LocateRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Approvals.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Approvals.sln above {AppContext.BaseDirectory}.");
    }
}
