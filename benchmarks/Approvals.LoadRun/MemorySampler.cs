using System.Diagnostics;
using System.Globalization;

namespace Approvals.LoadRun;

/// <summary>
/// Samples the process's working set and managed heap once per interval while the load runs, so a run can show the
/// host's memory staying flat (or not): start, end, highest, and the slope after the warm-up.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly List<MemorySample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly long _started = Stopwatch.GetTimestamp();

    public MemorySampler(TimeSpan interval)
    {
        Take();
        _sampling = SampleAsync(interval);
    }

    /// <summary>Stops sampling (after one last sample) and returns what was seen.</summary>
    public async Task<MemoryTrend> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Take();
        lock (_samples)
            return MemoryTrend.Of([.. _samples]);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
                Take();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private void Take()
    {
        using var process = Process.GetCurrentProcess();
        var sample = new MemorySample(Stopwatch.GetElapsedTime(_started), process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), FileBackedBytes());
        lock (_samples)
            _samples.Add(sample);
    }

    /// <summary>
    /// The part of the working set that maps files (the binaries, and SQLite's memory-mapped database: page cache the
    /// kernel can take back), from Linux's <c>RssFile</c>; 0 elsewhere.
    /// </summary>
    private static long FileBackedBytes()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
            return 0;
        var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("RssFile:", StringComparison.Ordinal));
        var kiB = line?.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return long.TryParse(kiB, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value * 1024 : 0;
    }
}

public sealed record MemorySample(TimeSpan At, long WorkingSetBytes, long ManagedBytes, long FileBackedBytes = 0);

/// <summary>
/// The working set over a run. The slope is a least-squares line through the samples after the first fifth of the
/// run (caches, pools and JIT fill during the warm-up); memory counts as flat when that line rises by less than
/// <see cref="FlatMiBPerMinute"/> MiB a minute. <see cref="PrivateSlopeMiBPerMinute"/> is the same line without the
/// mapped files: SQLite's memory-mapped database grows with the data the run writes, and those pages are the kernel's
/// page cache seen through the map, not memory the host holds on to.
/// </summary>
public sealed record MemoryTrend(long StartBytes, long EndBytes, long MaxBytes, double SlopeMiBPerMinute, int Samples, IReadOnlyList<long>? EachMinuteBytes = null, IReadOnlyList<long>? EachMinuteFileBackedBytes = null, double PrivateSlopeMiBPerMinute = 0)
{
    public const double FlatMiBPerMinute = 2.0;

    public bool Flat => SlopeMiBPerMinute < FlatMiBPerMinute;

    public bool PrivateFlat => PrivateSlopeMiBPerMinute < FlatMiBPerMinute;

    public static MemoryTrend Of(IReadOnlyList<MemorySample> samples)
    {
        if (samples.Count == 0)
            return new MemoryTrend(0, 0, 0, 0, 0);
        var warmedUp = samples.Where(s => s.At >= samples[^1].At * 0.2).ToList();
        // The first sample of each minute, so a reader sees whether the climb levels off.
        var eachMinute = samples.GroupBy(s => (int)s.At.TotalMinutes).Select(g => g.First()).ToList();
        return new MemoryTrend(samples[0].WorkingSetBytes, samples[^1].WorkingSetBytes, samples.Max(s => s.WorkingSetBytes), Slope(warmedUp), samples.Count,
            [.. eachMinute.Select(s => s.WorkingSetBytes)], [.. eachMinute.Select(s => s.FileBackedBytes)],
            Slope(warmedUp, s => s.WorkingSetBytes - s.FileBackedBytes));
    }

    /// <summary>MiB per minute of the least-squares line through the samples' working sets (or the part <paramref name="bytes"/> picks); 0 for fewer than two distinct times.</summary>
    public static double Slope(IReadOnlyList<MemorySample> samples, Func<MemorySample, long>? bytes = null)
    {
        if (samples.Count < 2)
            return 0;
        bytes ??= s => s.WorkingSetBytes;
        var xs = samples.Select(s => s.At.TotalMinutes).ToArray();
        var ys = samples.Select(s => bytes(s) / 1048576.0).ToArray();
        var meanX = xs.Average();
        var meanY = ys.Average();
        var spread = xs.Sum(x => (x - meanX) * (x - meanX));
        return spread == 0 ? 0 : xs.Zip(ys).Sum(p => (p.First - meanX) * (p.Second - meanY)) / spread;
    }

    public override string ToString() =>
        $"working set start {StartBytes / 1048576.0:F1} MiB, end {EndBytes / 1048576.0:F1} MiB, max {MaxBytes / 1048576.0:F1} MiB, " +
        $"slope after warm-up {SlopeMiBPerMinute:+0.00;-0.00} MiB/min over {Samples} samples: {(Flat ? "flat" : "GROWING")} (goal < {FlatMiBPerMinute} MiB/min)" +
        (EachMinuteBytes is { Count: > 1 } minutes ? $"; at each minute: {MiBList(minutes)} MiB" : "") +
        (EachMinuteFileBackedBytes is { Count: > 1 } files && files.Any(b => b > 0)
            ? $", of which mapped files (binaries, SQLite's memory-mapped database): {MiBList(files)} MiB; without them, slope {PrivateSlopeMiBPerMinute:+0.00;-0.00} MiB/min: {(PrivateFlat ? "flat" : "GROWING")}"
            : "");

    private static string MiBList(IEnumerable<long> bytes) => string.Join(", ", bytes.Select(b => (b / 1048576.0).ToString("F0", CultureInfo.InvariantCulture)));
}
