using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Approvals.Workflows.Runtime;

/// <summary>
/// A due duration: elapsed time (ISO 8601, "PT30M", "P2DT4H") or working time on the calendar
/// ("5wd", "2wd4h", "4h" is not working time: write "0wd4h").
/// </summary>
public readonly partial record struct WorkflowDuration(TimeSpan Elapsed, int WorkingDays, TimeSpan WorkingHours)
{
    public bool IsWorkingTime => WorkingDays > 0 || WorkingHours > TimeSpan.Zero;

    public static WorkflowDuration FromElapsed(TimeSpan elapsed) => new(elapsed, 0, TimeSpan.Zero);

    public static WorkflowDuration FromWorkingDays(int days, int hours = 0) => new(TimeSpan.Zero, days, TimeSpan.FromHours(hours));

    public static bool TryParse(string? text, out WorkflowDuration duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var trimmed = text.Trim();
        var working = WorkingTimePattern().Match(trimmed);
        if (working.Success)
        {
            var days = int.Parse(working.Groups["d"].Value, CultureInfo.InvariantCulture);
            var hours = working.Groups["h"].Success ? int.Parse(working.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            duration = FromWorkingDays(days, hours);
            return true;
        }
        if (!trimmed.StartsWith('P'))
            return false;
        try
        {
            var span = XmlConvert.ToTimeSpan(trimmed);
            if (span < TimeSpan.Zero)
                return false;
            duration = FromElapsed(span);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static WorkflowDuration Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"'{text}' is not a duration: use ISO 8601 (\"PT30M\", \"P2D\") or working days (\"5wd\", \"2wd4h\").");

    public override string ToString() =>
        IsWorkingTime
            ? WorkingHours > TimeSpan.Zero ? $"{WorkingDays}wd{(int)WorkingHours.TotalHours}h" : $"{WorkingDays}wd"
            : XmlConvert.ToString(Elapsed);

    [GeneratedRegex(@"^(?<d>\d{1,4})wd(?:(?<h>\d{1,2})h)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkingTimePattern();
}
