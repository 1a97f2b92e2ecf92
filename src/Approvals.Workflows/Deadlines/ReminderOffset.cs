using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Approvals.Text;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Deadlines;

/// <summary>
/// When a reminder goes out, relative to a bookmark's time limit: a share of the time allowed ("50%": half-way
/// from creation to due) or a duration before the due instant ("-1wd": one working day before, "-PT2H": two hours
/// before). The host turns it into an instant on its calendar.
/// </summary>
public readonly record struct ReminderOffset(int? Percent, WorkflowDuration? BeforeDue)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReminderOffset? offset)
    {
        offset = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.EndsWith('%'))
        {
            if (!int.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var percent) || percent is < 1 or > 99)
                return false;
            offset = new ReminderOffset(percent, null);
            return true;
        }
        if (trimmed.StartsWith('-') && WorkflowDuration.TryParse(trimmed[1..], out var before))
        {
            offset = new ReminderOffset(null, before);
            return true;
        }
        return false;
    }

    public static ReminderOffset Parse(string text) =>
        TryParse(text, out var offset) ? offset.Value : throw new FormatException(Problem(text).En);

    public static LocalizedText Problem(string? text) => Texts.Text(Texts.ReminderOffset_IsNotReminderUseShareOf, text);

    public override string ToString() => Percent is { } p ? $"{p}%" : $"-{BeforeDue}";
}
