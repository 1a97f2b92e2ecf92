using System.Diagnostics;

namespace Approvals.Benchmarks;

/// <summary>Process counters read before and after a run; their difference is what the run cost.</summary>
internal readonly record struct RunFigures(TimeSpan Cpu, long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan GcPause)
{
    public static RunFigures Now() => new(
        Process.GetCurrentProcess().TotalProcessorTime,
        GC.GetTotalAllocatedBytes(precise: true),
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
        GC.GetTotalPauseDuration());

    public static RunFigures operator -(RunFigures after, RunFigures before) => new(
        after.Cpu - before.Cpu,
        after.AllocatedBytes - before.AllocatedBytes,
        after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2,
        after.GcPause - before.GcPause);
}
