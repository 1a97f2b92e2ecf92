using System.Globalization;

namespace Approvals.Core.Workflow;

/// <summary>Dates in the zone: China Standard Time has been UTC+8 without daylight saving since 1991.</summary>
public static class ZoneTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);

    /// <summary>An instant as applicants read it in mail: "2026-03-16 17:00" in the zone's time.</summary>
    public static string Display(DateTimeOffset instant) => instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
