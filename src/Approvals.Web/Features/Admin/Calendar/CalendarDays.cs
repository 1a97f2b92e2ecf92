using Approvals.UseCases.Calendar;

namespace Approvals.Web.Features.Admin.Calendar;

/// <summary>What one day of the year is on the calendar page.</summary>
public enum DayKind
{
    /// <summary>Mon–Fri a working day, Sat–Sun a day off: nothing listed for it.</summary>
    Ordinary,

    /// <summary>A day off inside a public holiday.</summary>
    Holiday,

    /// <summary>A weekend day made a working day (调休).</summary>
    MakeUpWorkingDay,
}

/// <summary>
/// A year of the calendar edited a day at a time: a click cycles a day ordinary → holiday → make-up working day →
/// ordinary. Consecutive holiday days form one holiday, keeping the name of the holiday they came from; the year is
/// written back as a <see cref="CalendarYear"/> for the calendar administration to validate and store.
/// </summary>
public sealed class CalendarDays
{
    private readonly Dictionary<DateOnly, DayKind> _days = [];
    private readonly Dictionary<DateOnly, string> _names = [];

    public CalendarDays(int year, CalendarYear? calendar)
    {
        Year = year;
        Source = calendar?.Source;
        foreach (var holiday in calendar?.Holidays ?? [])
            foreach (var day in holiday.EnumerateDays())
            {
                _days[day] = DayKind.Holiday;
                _names[day] = holiday.Name;
            }
        foreach (var day in calendar?.AdjustedWorkingDays ?? [])
            _days[day] = DayKind.MakeUpWorkingDay;
    }

    public int Year { get; }

    /// <summary>A day as the page's markup names it for tools and tests (ISO 8601), never as people read it.</summary>
    public static string Key(DateOnly day) => day.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    public string? Source { get; }

    public DayKind KindOf(DateOnly day) => _days.GetValueOrDefault(day);

    public void Toggle(DateOnly day)
    {
        var next = KindOf(day) switch
        {
            DayKind.Ordinary => DayKind.Holiday,
            DayKind.Holiday => DayKind.MakeUpWorkingDay,
            _ => DayKind.Ordinary,
        };
        if (next == DayKind.Ordinary)
            _days.Remove(day);
        else
            _days[day] = next;
        if (next == DayKind.Holiday)
            _names[day] = NameNextTo(day);
    }

    /// <summary>The holidays as runs of consecutive holiday days, named after the first day's holiday.</summary>
    public IReadOnlyList<CalendarHoliday> Holidays
    {
        get
        {
            var holidays = new List<CalendarHoliday>();
            foreach (var day in _days.Where(d => d.Value == DayKind.Holiday).Select(d => d.Key).Order())
            {
                if (holidays.Count > 0 && holidays[^1].To.AddDays(1) == day)
                    holidays[^1] = holidays[^1] with { To = day };
                else
                    holidays.Add(new CalendarHoliday(_names.GetValueOrDefault(day, ""), day, day));
            }
            return holidays;
        }
    }

    /// <summary>Names the holiday that starts on <paramref name="from"/> (every day of it keeps the name).</summary>
    public void Rename(DateOnly from, string name)
    {
        var holiday = Holidays.FirstOrDefault(h => h.From == from);
        if (holiday is null)
            return;
        foreach (var day in holiday.EnumerateDays())
            _names[day] = name.Trim();
    }

    public CalendarYear ToCalendarYear() =>
        new(Year, Source, Holidays, [.. _days.Where(d => d.Value == DayKind.MakeUpWorkingDay).Select(d => d.Key).Order()]);

    // A day added next to a holiday joins it under its name; a day on its own starts a holiday to be named.
    private string NameNextTo(DateOnly day) =>
        KindOf(day.AddDays(-1)) == DayKind.Holiday ? _names.GetValueOrDefault(day.AddDays(-1), "")
        : KindOf(day.AddDays(1)) == DayKind.Holiday ? _names.GetValueOrDefault(day.AddDays(1), "")
        : "";
}
