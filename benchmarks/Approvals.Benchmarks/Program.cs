using System.Diagnostics;
using Approvals.Benchmarks;

// Instances per second of Start → HumanTask → HumanTask → Decision → End, in memory and persisted on SQLite
// (every step committed). Usage: dotnet run -c Release --project benchmarks/Approvals.Benchmarks [instances]
var instances = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3000;
var flow = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "approval-flow.json"));

var inMemory = await InMemoryRun.MeasureAsync(flow, instances);
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var persisted = await PersistedRun.MeasureAsync(flow, instances);
var cpuPerInstance = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (instances * 1.1);

Console.WriteLine($"instances: {instances} (Start → 2 HumanTasks → Decision → End; 3 steps each)");
Console.WriteLine($"in memory : {inMemory,10:N0} instances/s");
Console.WriteLine($"SQLite    : {persisted,10:N0} instances/s ({persisted * 3,8:N0} committed steps/s)");
Console.WriteLine($"SQLite CPU: {cpuPerInstance,10:N3} ms of CPU per persisted instance (all threads; a busy machine inflates wall time, not this)");
Console.WriteLine($"ratio     : persisted / in memory = {persisted / inMemory:P1}");
Console.WriteLine($"processor : {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}");
