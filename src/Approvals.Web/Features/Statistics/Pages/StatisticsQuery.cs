using System.Globalization;
using Approvals.UseCases.Statistics;

namespace Approvals.Web.Features.Statistics.Pages;

/// <summary>The period and district the page shows, read from and written to its address (and the download links').</summary>
public static class StatisticsQuery
{
    /// <summary>
    /// The period the address names: <c>from</c>/<c>to</c>, or a whole <c>month</c> (ISO year and month, e.g. 2025-04, as the monthly mail links),
    /// or by default this year so far.
    /// </summary>
    public static (DateOnly From, DateOnly To) Period(string? from, string? to, string? month, DateOnly today)
    {
        if (DateOnly.TryParseExact(month + "-01", "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            return (first, first.AddMonths(1).AddDays(-1));
        var start = Parse(from) ?? new DateOnly(today.Year, 1, 1);
        var end = Parse(to) ?? today;
        return (start, end);
    }

    public static string Of(DateOnly from, DateOnly to, string? district) =>
        $"?from={Day(from)}&to={Day(to)}" + (string.IsNullOrEmpty(district) ? "" : "&district=" + Uri.EscapeDataString(district));

    /// <summary>The address of the list of cases behind a figure of the period's report.</summary>
    public static string CasesBehind(StatisticsPeriod period, CaseFigureFilter filter) =>
        $"statistics/cases?from={Day(period.From)}&to={Day(period.To)}&"
        + string.Join("&", filter.Parameters().Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));

    // Addresses carry ISO 8601 days ("O" for a DateOnly); people read them through ReadableDates.
    public static string Day(DateOnly day) => day.ToString("O", CultureInfo.InvariantCulture);

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
