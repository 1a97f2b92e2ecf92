namespace Approvals.Core.Workflow;

/// <summary>Dates in the zone: China Standard Time has been UTC+8 without daylight saving since 1991.</summary>
public static class ZoneTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);
}
