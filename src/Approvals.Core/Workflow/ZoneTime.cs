using System.Globalization;

namespace Approvals.Core.Workflow;

/// <summary>Dates in the zone: China Standard Time has been UTC+8 without daylight saving since 1991.</summary>
public static class ZoneTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);

    /// <summary>
    /// An instant as a mail's model carries it, ISO 8601 in the zone's time ("2026-03-16T17:00:00+08:00"); the template
    /// shows it in the reader's language (<c>{{ datetime path }}</c>).
    /// </summary>
    public static string Iso(DateTimeOffset instant) => instant.ToOffset(Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
