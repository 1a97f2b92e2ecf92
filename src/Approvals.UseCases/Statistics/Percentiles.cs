namespace Approvals.UseCases.Statistics;

/// <summary>Nearest-rank percentiles (the smallest value with at least p % of the values at or below it).</summary>
public static class Percentiles
{
    /// <returns>null for no values.</returns>
    public static int? Of(IReadOnlyCollection<int> values, int percent)
    {
        if (values.Count == 0)
            return null;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
