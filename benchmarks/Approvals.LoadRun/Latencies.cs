using System.Collections.Concurrent;
using System.Diagnostics;

namespace Approvals.LoadRun;

/// <summary>Every request's duration and status code, per endpoint (a route template such as <c>POST /api/tasks/{id}/complete</c>).</summary>
public sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<(double Milliseconds, int Status)>> _samples = new();

    public async Task<HttpResponseMessage> TimeAsync(string endpoint, Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await send();
        _samples.GetOrAdd(endpoint, _ => []).Add((Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)response.StatusCode));
        return response;
    }

    public IReadOnlyList<EndpointFigures> Figures(TimeSpan elapsed) =>
        [.. _samples.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => EndpointFigures.Of(s.Key, [.. s.Value], elapsed))];
}

/// <summary>One endpoint's count, rate, status codes and percentiles over the run.</summary>
public sealed record EndpointFigures(string Endpoint, int Count, double PerSecond, IReadOnlyDictionary<int, int> Statuses, double P50, double P95, double P99, double Max)
{
    public static EndpointFigures Of(string endpoint, IReadOnlyList<(double Milliseconds, int Status)> samples, TimeSpan elapsed)
    {
        var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
        return new EndpointFigures(endpoint, sorted.Length, sorted.Length / Math.Max(elapsed.TotalSeconds, 0.001),
            samples.GroupBy(s => s.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    /// <summary>Nearest rank: the smallest sample at or above the fraction of all samples.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
