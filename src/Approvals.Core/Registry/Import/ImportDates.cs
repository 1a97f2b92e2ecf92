using System.Globalization;

namespace Approvals.Core.Registry.Import;

/// <summary>
/// A date as a clerk writes it in a register: ISO <c>2025-03-01</c>, <c>2025/3/1</c>, <c>2025.3.1</c>,
/// <c>20250301</c> or <c>2025年3月1日</c>.
/// </summary>
public static class ImportDates
{
    private static readonly string[] Formats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日",
    ];

    public static bool TryParse(string? text, out DateOnly date)
    {
        var value = (text ?? "").Trim();
        return DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
