using System.Diagnostics;

namespace Approvals.Benchmarks;

/// <summary>One engine's measured part: instances per second and what the process spent on them.</summary>
internal sealed record Measurement(string Engine, int Instances, double Rate, RunFigures Spent)
{
    /// <summary>Warms up with <paramref name="runBatch"/>, then times <paramref name="instances"/> instances of it.</summary>
    public static async Task<Measurement> TakeAsync(string engine, int instances, WarmupSettings warmup, Func<int, Task> runBatch)
    {
        await Warmup.RunAsync(warmup, runBatch);
        var before = RunFigures.Now();
        var watch = Stopwatch.StartNew();
        await runBatch(instances);
        var rate = instances / watch.Elapsed.TotalSeconds;
        return new Measurement(engine, instances, rate, RunFigures.Now() - before);
    }

    public double CpuMillisecondsPerInstance => Spent.Cpu.TotalMilliseconds / Instances;

    public double KibPerInstance => Spent.AllocatedBytes / 1024.0 / Instances;
}
