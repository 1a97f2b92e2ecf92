using System.Globalization;

namespace Approvals.Text;

/// <summary>
/// Dates as people read them on pages, in mail and on official documents, one format per language:
/// 2026年12月6日 / 6 Dec 2026, with a time 2026年12月6日 17:36 / 6 Dec 2026, 17:36, always in Asia/Shanghai.
/// Machine formats (API JSON, audit, imports, form data) stay ISO 8601 and never come here.
/// </summary>
public static class ReadableDates
{
    /// <summary>China Standard Time has been UTC+8 without daylight saving since 1991.</summary>
    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    // Invariant month names: "Sep", where en-GB's ICU data writes "Sept".
    public static string Date(DateOnly date, CultureInfo culture) =>
        date.ToString(DateFormat(culture), CultureInfo.InvariantCulture);

    /// <summary>The date format of <paramref name="culture"/>'s language (yyyy年M月d日 / d MMM yyyy), for a date field people type into.</summary>
    public static string DateFormat(CultureInfo culture) => Texts.Text(Texts.ReadableDates_Date).For(culture.Name);

    /// <summary>The day an instant falls on in Shanghai.</summary>
    public static string Date(DateTimeOffset instant, CultureInfo culture) => Date(ShanghaiDay(instant), culture);

    public static string DateTime(DateTimeOffset instant, CultureInfo culture)
    {
        var local = instant.ToOffset(ShanghaiOffset);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return Texts.Text(Texts.ReadableDates_DateAndTime, Date(DateOnly.FromDateTime(local.DateTime), culture), time).For(culture.Name);
    }

    public static string Period(DateOnly from, DateOnly to, CultureInfo culture) => $"{Date(from, culture)} – {Date(to, culture)}";

    /// <summary>A date in both languages, for a <see cref="LocalizedText"/> that carries it.</summary>
    public static LocalizedText Date(DateOnly date) => new(Date(date, Chinese), Date(date, English));

    /// <summary>An instant in both languages, for a <see cref="LocalizedText"/> that carries it.</summary>
    public static LocalizedText DateTime(DateTimeOffset instant) => new(DateTime(instant, Chinese), DateTime(instant, English));

    public static DateOnly ShanghaiDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ShanghaiOffset).DateTime);

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
}
