using System.Globalization;

namespace Approvals.Web.Features.Statistics.Pages;

/// <summary>The period and district the page shows, read from and written to its address (and the download links').</summary>
public static class StatisticsQuery
{
    /// <summary>
    /// The period the address names: <c>from</c>/<c>to</c>, or a whole <c>month</c> (yyyy-MM, as the monthly mail links),
    /// or by default this year so far.
    /// </summary>
    public static (DateOnly From, DateOnly To) Period(string? from, string? to, string? month, DateOnly today)
    {
        if (DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            return (first, first.AddMonths(1).AddDays(-1));
        var start = Parse(from) ?? new DateOnly(today.Year, 1, 1);
        var end = Parse(to) ?? today;
        return (start, end);
    }

    public static string Of(DateOnly from, DateOnly to, string? district) =>
        $"?from={Day(from)}&to={Day(to)}" + (string.IsNullOrEmpty(district) ? "" : "&district=" + Uri.EscapeDataString(district));

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
