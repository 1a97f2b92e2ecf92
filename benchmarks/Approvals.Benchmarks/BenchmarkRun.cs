namespace Approvals.Benchmarks;

/// <summary>
/// The whole run: every engine under the same concurrent clients, each measured after a warm-up that lets the
/// JIT settle, then the report. Public so that a test can run it in quick mode (the CI smoke).
/// </summary>
public static class BenchmarkRun
{
    public static async Task RunAsync(string[] args, TextWriter output)
    {
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

        Report.Print(output, options, runs);
    }
}
