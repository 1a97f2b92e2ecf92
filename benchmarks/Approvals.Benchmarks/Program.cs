using System.Globalization;
using Approvals.Benchmarks;

// Instances per second of Start → 2 waited tasks/events → Decision → End for WorkflowCore in memory and for our
// engine in memory, persisted on SQLite and on PostgreSQL (every step committed), all in this one process run.
// Timers: dotnet run -c Release --project benchmarks/Approvals.Benchmarks -- timers COUNT [SPREAD-SECONDS] [--hangfire-only | --without-hangfire-jobs] [--nodes N]
//   (--without-hangfire-jobs leaves the timers' Hangfire backstop jobs an hour away, as above 1,000 timers: the due-row dispatcher alone)
//   (APPROVALS_BENCH_POSTGRES=<server connection string> runs it on a fresh PostgreSQL database instead of SQLite;
//   --nodes N, PostgreSQL only, runs N job-running hosts on that one database)
// Validation: dotnet run -c Release --project benchmarks/Approvals.Benchmarks -- validate [activities...]
if (args is ["validate", .. var sizes])
{
    DefinitionValidationRun.Print(sizes.Length > 0 ? [.. sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : [300, 3_000, 15_000]);
    return;
}
if (args.Length > 1 && args[0] == "timers")
{
    var count = int.Parse(args[1], CultureInfo.InvariantCulture);
    var spread = TimeSpan.FromSeconds(args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0);
    var nodes = Array.IndexOf(args, "--nodes") is var at and >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 1;
    await TimerBurst.RunAsync(count, spread, Environment.GetEnvironmentVariable("APPROVALS_BENCH_POSTGRES"), args.Contains("--hangfire-only"), args.Contains("--without-hangfire-jobs"), nodes);
    return;
}
await BenchmarkRun.RunAsync(args, Console.Out);
