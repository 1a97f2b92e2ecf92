using System.Diagnostics;
using Approvals.Benchmarks;

// Instances per second of Start → HumanTask → HumanTask → Decision → End, in memory and persisted on SQLite
// (every step committed), each measured after a warm-up that lets the JIT settle.
// Usage: dotnet run -c Release --project benchmarks/Approvals.Benchmarks [instances]
//        dotnet run -c Release --project benchmarks/Approvals.Benchmarks validate [activities...]  (definition validation time)
if (args is ["validate", .. var sizes])
{
    DefinitionValidationRun.Print(sizes.Length > 0 ? [.. sizes.Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))] : [300, 3_000, 15_000]);
    return;
}
var instances = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5000;
var flow = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "approval-flow.json"));

var inMemory = await InMemoryRun.MeasureAsync(flow, instances);
RunFigures before = default, spent = default;
var persisted = await PersistedRun.MeasureAsync(flow, instances, starting =>
{
    if (starting)
        before = RunFigures.Now();
    else
        spent = RunFigures.Now() - before;
});

Console.WriteLine($"instances: {instances} measured after warm-up (Start → 2 HumanTasks → Decision → End; 3 steps each)");
Console.WriteLine($"in memory : {inMemory,10:N0} instances/s");
Console.WriteLine($"SQLite    : {persisted,10:N0} instances/s ({persisted * 3,8:N0} committed steps/s)");
Console.WriteLine($"SQLite CPU: {spent.Cpu.TotalMilliseconds / instances,10:N3} ms of CPU per persisted instance (all threads; a busy machine inflates wall time, not this)");
Console.WriteLine($"SQLite GC : {spent.AllocatedBytes / instances / 1024.0,10:N1} KiB allocated per instance; collections gen0/1/2 {spent.Gen0}/{spent.Gen1}/{spent.Gen2}; paused {spent.GcPause.TotalMilliseconds / instances:N3} ms per instance");
Console.WriteLine($"ratio     : persisted / in memory = {persisted / inMemory:P1}");
Console.WriteLine($"processor : {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}");
