using System.Diagnostics;

namespace Approvals.Benchmarks;

/// <summary>
/// Runs batches until the JIT has settled: tiered compilation recompiles hot methods in the background for
/// several seconds, and a measurement taken before that measures the compiler, not the runtime.
/// </summary>
internal static class Warmup
{
    private const int BatchSize = 200;
    private static readonly TimeSpan MinimumTime = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaximumTime = TimeSpan.FromSeconds(30);

    /// <returns>how many instances the warm-up ran.</returns>
    public static async Task<int> RunAsync(Func<int, Task> runBatch)
    {
        var total = Stopwatch.StartNew();
        var previousRate = 0.0;
        var ran = 0;
        while (true)
        {
            var batch = Stopwatch.StartNew();
            await runBatch(BatchSize);
            ran += BatchSize;
            var rate = BatchSize / batch.Elapsed.TotalSeconds;
            var settled = Math.Abs(rate - previousRate) <= 0.05 * rate;
            if (total.Elapsed >= MaximumTime || (total.Elapsed >= MinimumTime && settled))
                return ran;
            previousRate = rate;
        }
    }
}
