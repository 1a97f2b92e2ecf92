using System.Diagnostics;

namespace Approvals.Benchmarks;

/// <summary>How long to warm up: until the rate is steady (at least <see cref="MinimumTime"/>), never past <see cref="MaximumTime"/>.</summary>
internal sealed record WarmupSettings(int BatchSize, TimeSpan MinimumTime, TimeSpan MaximumTime)
{
    public static readonly WarmupSettings Full = new(200, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));

    /// <summary>One small batch: enough to load and JIT every path, not to settle tiered compilation.</summary>
    public static readonly WarmupSettings Quick = new(50, TimeSpan.Zero, TimeSpan.Zero);
}

/// <summary>
/// Runs batches until the JIT has settled: tiered compilation recompiles hot methods in the background for
/// several seconds, and a measurement taken before that measures the compiler, not the runtime.
/// </summary>
internal static class Warmup
{
    /// <returns>how many instances the warm-up ran.</returns>
    public static async Task<int> RunAsync(WarmupSettings settings, Func<int, Task> runBatch)
    {
        var total = Stopwatch.StartNew();
        var previousRate = 0.0;
        var ran = 0;
        while (true)
        {
            var batch = Stopwatch.StartNew();
            await runBatch(settings.BatchSize);
            ran += settings.BatchSize;
            var rate = settings.BatchSize / batch.Elapsed.TotalSeconds;
            var settled = Math.Abs(rate - previousRate) <= 0.05 * rate;
            if (total.Elapsed >= settings.MaximumTime || (total.Elapsed >= settings.MinimumTime && settled))
                return ran;
            previousRate = rate;
        }
    }
}
