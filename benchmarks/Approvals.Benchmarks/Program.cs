using Approvals.Benchmarks;

// Instances per second of Start → 2 waited tasks/events → Decision → End, for our engine in memory, persisted on
// SQLite and on PostgreSQL (every step committed), and for WorkflowCore in memory, all in this one process run,
// each under the same concurrent clients and measured after a warm-up that lets the JIT settle.
var options = BenchmarkOptions.Parse(args);
var flow = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "approval-flow.json"));

List<Measurement> runs = [await WorkflowCoreRun.MeasureAsync(options), await InMemoryRun.MeasureAsync(flow, options)];
await using (var sqlite = BenchmarkDatabase.Sqlite())
    runs.Add(await PersistedRun.MeasureAsync("ours, SQLite, every step committed", sqlite, flow, options));
if (options.PostgresServer is { } server)
{
    await using var postgres = await BenchmarkDatabase.PostgreSqlAsync(server);
    runs.Add(await PersistedRun.MeasureAsync("ours, PostgreSQL, every step committed", postgres, flow, options));
}

Report.Print(options, runs);
