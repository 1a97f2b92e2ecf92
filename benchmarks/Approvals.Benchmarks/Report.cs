using System.Diagnostics;

namespace Approvals.Benchmarks;

/// <summary>Prints every engine's rate, its ratio to the peer measured in the same run, and the goal.</summary>
internal static class Report
{
    private const double SqliteGoal = 2.0;

    public static void Print(TextWriter output, BenchmarkOptions options, IReadOnlyList<Measurement> runs)
    {
        var peer = runs[0];
        output.WriteLine($"{options.Instances} instances per engine, {options.Concurrency} concurrent clients, measured after {(options.Quick ? "a one-batch (quick)" : "a steady-rate")} warm-up");
        output.WriteLine("flow: Start → 2 waited tasks/events → Decision → End (ours: 3 committed steps per instance when persisted)");
        output.WriteLine($"{"engine",-40} {"instances/s",12} {"× peer",8} {"CPU ms/inst",12} {"KiB/inst",10} {"GC pause ms/inst",17} {"GCs 0/1/2",14}");
        foreach (var run in runs)
        {
            var gcs = $"{run.Spent.Gen0}/{run.Spent.Gen1}/{run.Spent.Gen2}";
            output.WriteLine($"{run.Engine,-40} {run.Rate,12:N0} {run.Rate / peer.Rate,7:N2}× {run.CpuMillisecondsPerInstance,12:N3} {run.KibPerInstance,10:N1} {run.Spent.GcPause.TotalMilliseconds / run.Instances,17:N3} {gcs,14}");
        }
        if (options.PostgresServer is null)
            output.WriteLine("PostgreSQL: not run (give --postgres or APPROVALS_BENCH_POSTGRES)");
        var sqlite = runs.Single(r => r.Engine.Contains("SQLite", StringComparison.Ordinal));
        var ratio = sqlite.Rate / peer.Rate;
        output.WriteLine($"goal: ours on SQLite ≥ {SqliteGoal:N0}× WorkflowCore in memory — {ratio:N2}×, {(ratio >= SqliteGoal ? "met" : "missed")}");
        output.WriteLine($"processor: {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
    }
}
