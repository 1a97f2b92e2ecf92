using System.Globalization;

namespace Approvals.LoadRun;

/// <summary>
/// What a run did and how fast: cases submitted, tasks completed, unexpected errors, per-endpoint figures, memory
/// (after a full collection at start and end, and the working set sampled over the run), and where the server's time went;
/// partitioned, also how long the reviewers took for their shares once the filing was done.
/// </summary>
public sealed record LoadRunResult(
    string Database, LoadRunOptions Options, TimeSpan Elapsed, int Submitted, int Completed, IReadOnlyList<string> Errors,
    IReadOnlyList<EndpointFigures> Endpoints, HostMemory MemoryAtStart, HostMemory MemoryAtEnd, MemoryTrend Memory, RequestProfile? Profile = null, TimeSpan? ReviewingPhase = null, TimeSpan? BacklogDrained = null)
{
    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Load run on {Database}: {Options.Reviewers} reviewers, {Options.Applicants} applicants, at most {Options.Cases} cases in {Options.Duration.TotalSeconds:F0} s"));
        output.WriteLine(string.Create(c, $"{Submitted} cases submitted, {Completed} tasks completed in {Elapsed.TotalSeconds:F1} s: {Completed / Elapsed.TotalSeconds:F1} completions/s, {Submitted / Elapsed.TotalSeconds:F1} submissions/s"));
        if (ReviewingPhase is { } reviewing)
            output.WriteLine(string.Create(c, $"Partitioned: the filing's outbox was sent {BacklogDrained?.TotalSeconds ?? 0:F1} s after the last submission; then the reviewers claimed and completed their shares in {reviewing.TotalSeconds:F1} s: {Completed / reviewing.TotalSeconds:F1} completions/s"));
        output.WriteLine(string.Create(c, $"{"endpoint",-42} {"count",7} {"per s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}  status codes"));
        foreach (var e in Endpoints)
            output.WriteLine(string.Create(c, $"{e.Endpoint,-42} {e.Count,7} {e.PerSecond,8:F1} {e.P50,8:F1} {e.P95,8:F1} {e.P99,8:F1} {e.Max,8:F1}  {string.Join(" ", e.Statuses.Select(s => $"{s.Key}×{s.Value}"))}"));
        output.WriteLine(string.Create(c, $"Memory at start: {MemoryAtStart}"));
        output.WriteLine(string.Create(c, $"Memory at end:   {MemoryAtEnd}"));
        output.WriteLine(string.Create(c, $"Memory over the run: {Memory}"));
        Profile?.Print(output);
        output.WriteLine(string.Create(c, $"Unexpected errors (not 2xx, not 409): {Errors.Count}"));
        foreach (var error in Errors.Take(10))
            output.WriteLine(string.Create(c, $"  {error}"));
    }
}
