using System.Collections.Concurrent;
using System.Diagnostics;

namespace Approvals.LoadRun;

/// <summary>Every request's duration and status code, per endpoint (a route template such as <c>POST /api/tasks/{id}/complete</c>).</summary>
public sealed class Latencies
{
    private readonly ConcurrentDictionary<string, EndpointRecord> _endpoints = new();

    public async Task<HttpResponseMessage> TimeAsync(string endpoint, Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await send();
        Record(endpoint, Stopwatch.GetElapsedTime(started), (int)response.StatusCode);
        return response;
    }

    public void Record(string endpoint, TimeSpan duration, int status)
    {
        var record = _endpoints.GetOrAdd(endpoint, _ => new EndpointRecord());
        record.Durations.Record(duration);
        record.Statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
    }

    public IReadOnlyList<EndpointFigures> Figures(TimeSpan elapsed) =>
        [.. _endpoints.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => EndpointFigures.Of(e.Key, e.Value, elapsed))];
}

/// <summary>One endpoint's durations and how often each status code was answered.</summary>
public sealed class EndpointRecord
{
    public DurationHistogram Durations { get; } = new();

    public ConcurrentDictionary<int, int> Statuses { get; } = new();
}

/// <summary>One endpoint's count, rate, status codes and percentiles over the run.</summary>
public sealed record EndpointFigures(string Endpoint, long Count, double PerSecond, IReadOnlyDictionary<int, int> Statuses, double P50, double P95, double P99, double Max)
{
    public static EndpointFigures Of(string endpoint, EndpointRecord record, TimeSpan elapsed)
    {
        var durations = record.Durations;
        return new EndpointFigures(endpoint, durations.Count, durations.Count / Math.Max(elapsed.TotalSeconds, 0.001),
            record.Statuses.OrderBy(s => s.Key).ToDictionary(s => s.Key, s => s.Value),
            durations.Percentile(0.50), durations.Percentile(0.95), durations.Percentile(0.99), durations.MaxMilliseconds);
    }

    /// <summary>Nearest rank: the smallest sample at or above the fraction of all samples.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
