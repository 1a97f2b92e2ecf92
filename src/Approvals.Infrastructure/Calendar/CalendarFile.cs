using System.Text.Encodings.Web;
using System.Text.Json;
using Approvals.UseCases.Calendar;

namespace Approvals.Infrastructure.Calendar;

/// <summary>Naming and JSON shape of <c>calendar-cn-{year}.json</c>, the same for the files shipped and saved.</summary>
internal static class CalendarFile
{
    public const string SearchPattern = "calendar-cn-*.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        IndentSize = 2,
        // Holiday names are Chinese; keep them readable in the file instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string FileName(int year) => $"calendar-cn-{year}.json";

    public static CalendarYear Read(string path)
    {
        CalendarYear? calendar;
        try
        {
            calendar = JsonSerializer.Deserialize<CalendarYear>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Calendar file '{path}' is not valid: {ex.Message}", ex);
        }
        if (calendar is null)
            throw new InvalidDataException($"Calendar file '{path}' is empty.");
        if (Path.GetFileName(path) != FileName(calendar.Year))
            throw new InvalidDataException($"Calendar file '{path}' holds the year {calendar.Year}; name it '{FileName(calendar.Year)}'.");
        var errors = CalendarYearValidator.Validate(calendar);
        if (errors.Count > 0)
            throw new InvalidDataException($"Calendar file '{path}' is invalid: {string.Join(" ", errors.Select(e => e.En))}");
        return calendar;
    }

    public static async Task WriteAsync(string path, CalendarYear calendar, CancellationToken cancellationToken)
    {
        // Write beside the target and move over it, so that a reader never sees half a file.
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, calendar, Json, cancellationToken);
            await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
