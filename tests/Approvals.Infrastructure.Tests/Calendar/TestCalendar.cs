using Approvals.Infrastructure.Calendar;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Infrastructure.Tests.Calendar;

/// <summary>Builds calendars on the repository's own <c>reference/</c> files, never on retyped data.</summary>
internal static class TestCalendar
{
    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    public static string RepositoryRoot { get; } = LocateRepositoryRoot();

    public static string ReferenceFolder => Path.Combine(RepositoryRoot, "reference");

    public static WorkingDayCalendar FromReference(TimeProvider? time = null) =>
        Create(new FileCalendarYearStore(ReferenceFolder, NullLogger<FileCalendarYearStore>.Instance), time);

    public static WorkingDayCalendar Create(ICalendarYearStore store, TimeProvider? time = null) =>
        new(store, Options.Create(new CalendarOptions()), time ?? new FakeTimeProvider(Shanghai(2026, 1, 5, 9, 0)));

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
