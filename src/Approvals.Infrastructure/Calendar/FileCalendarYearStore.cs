using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Approvals.UseCases.Calendar;

namespace Approvals.Infrastructure.Calendar;

/// <summary>
/// Calendar years kept as <c>calendar-cn-{year}.json</c> files in one folder: all are read when the store is
/// created (a malformed file stops the start with its path and problems), and again after every save.
/// </summary>
public sealed partial class FileCalendarYearStore : ICalendarYearStore
{
    private readonly ILogger<FileCalendarYearStore> _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile FrozenDictionary<int, CalendarYear> _years;

    public FileCalendarYearStore(string folder, ILogger<FileCalendarYearStore> logger)
    {
        Folder = Path.GetFullPath(folder);
        _logger = logger;
        _years = ReadFolder();
    }

    /// <summary>Full path of the folder the files are read from and saved to.</summary>
    public string Folder { get; }

    public IReadOnlyList<CalendarYear> Years => _years.Values.OrderBy(calendar => calendar.Year).ToList();

    public CalendarYear? Find(int year) => _years.GetValueOrDefault(year);

    public async Task SaveYearAsync(CalendarYear calendar, CancellationToken cancellationToken = default)
    {
        CalendarYearValidator.ThrowIfInvalid(calendar);
        var normalized = calendar with
        {
            Holidays = calendar.Holidays.OrderBy(holiday => holiday.From).ToList(),
            AdjustedWorkingDays = calendar.AdjustedWorkingDays.Order().ToList(),
        };
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);
            var path = Path.Combine(Folder, CalendarFile.FileName(calendar.Year));
            await CalendarFile.WriteAsync(path, normalized, cancellationToken);
            LogSaved(calendar.Year, path);
            _years = ReadFolder();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private FrozenDictionary<int, CalendarYear> ReadFolder()
    {
        if (!Directory.Exists(Folder))
        {
            LogFolderMissing(Folder);
            return FrozenDictionary<int, CalendarYear>.Empty;
        }
        var years = Directory.EnumerateFiles(Folder, CalendarFile.SearchPattern)
            .Select(CalendarFile.Read)
            .ToFrozenDictionary(calendar => calendar.Year);
        LogLoaded(string.Join(", ", years.Keys.Order()), Folder);
        return years;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Working-day calendars loaded for {Years} from {Folder}")]
    private partial void LogLoaded(string years, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar folder {Folder} does not exist: every year counts weekends only")]
    private partial void LogFolderMissing(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Working-day calendar for {Year} saved to {Path}")]
    private partial void LogSaved(int year, string path);
}
