using System.Diagnostics;
using System.Globalization;
using Approvals.Infrastructure;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Infrastructure.Workflows.Shipped;
using Approvals.UseCases;
using Approvals.UseCases.Records;
using Approvals.Workflows;
using Approvals.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Approvals.Benchmarks;

/// <summary>
/// Timers due together on a host that runs jobs with the shipped settings (4 Hangfire workers, the due-row dispatcher):
/// instances wait an hour, then their timer rows are moved to one instant (or spread over a minute) and the lateness of
/// each firing is read from the row (completed − due, so it includes the step the timer resumes). With several nodes
/// (PostgreSQL only) each is a host of its own on the one database and Hangfire schema, as separate processes would be.
/// </summary>
internal static class TimerBurst
{
    public static async Task RunAsync(int count, TimeSpan spread, string? postgres, bool hangfireOnly, bool withoutHangfireJobs, int nodes)
    {
        if (nodes > 1 && postgres is null)
            throw new InvalidOperationException("Several nodes share one PostgreSQL database: set APPROVALS_BENCH_POSTGRES.");
        var (provider, connection, folder, drop) = await DatabaseAsync(postgres);
        var finished = Enumerable.Range(0, nodes).Select(_ => new FinishedInstances()).ToList();
        var hosts = new List<IHost>();
        try
        {
            // One after another: the first applies the migrations, as a node started first would.
            foreach (var node in finished)
            {
                var host = BuildNode(provider, connection, folder, hangfireOnly, node);
                hosts.Add(host);
                await host.StartAsync();
            }
            await MeasureAsync(hosts[0].Services, count, spread, redispatch: hangfireOnly || (count <= 1000 && !withoutHangfireJobs), provider, finished);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync();
                host.Dispose();
            }
            await drop();
        }
    }

    /// <summary>A node that runs jobs with the shipped settings; APPROVALS_BENCH_Outbox__DueWorkers (and any other setting so named) overrides one.</summary>
    private static IHost BuildNode(string provider, string connection, string folder, bool hangfireOnly, FinishedInstances finished)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, EnvironmentName = "Benchmark", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Approvals"] = connection,
            ["ConnectionStrings:Hangfire"] = Path.Combine(folder, "hangfire.db"),
            ["Outbox:DueDispatcherEnabled"] = hangfireOnly ? "false" : "true",
            ["App:PublicBaseUrl"] = "https://approvals.bench/",
        });
        builder.Configuration.AddEnvironmentVariables("APPROVALS_BENCH_");
        builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
        builder.Services.AddApprovalsEngine().AddMetrology().AddApprovalsApplication().AddApprovalsInfrastructure(builder.Configuration, folder);
        builder.Services.AddSingleton<IStepCommitObserver>(finished);
        return builder.Build();
    }

    private static async Task MeasureAsync(IServiceProvider services, int count, TimeSpan spread, bool redispatch, string provider, List<FinishedInstances> nodes)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var flow = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "timer-delay.json"));
            await scope.ServiceProvider.GetRequiredService<ShippedDefinitionImporter>().ImportAsync("bench-timer.json", flow, CancellationToken.None);
        }
        var starting = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync("bench-timer", null, null, null, null, ct);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {count} instances started in {(DateTimeOffset.UtcNow - starting).TotalSeconds:0.0} s"));

        // Far enough ahead that moving the rows (and, for a burst Hangfire alone must run, scheduling their jobs again) ends first.
        var lead = TimeSpan.FromSeconds(5) + TimeSpan.FromMilliseconds(count * (redispatch ? 60 : 3));
        var first = DateTimeOffset.UtcNow + lead;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
            var timers = await db.Outbox.Where(o => o.Kind == OutboxKinds.Timer).OrderBy(o => o.Id).ToListAsync();
            for (var i = 0; i < timers.Count; i++)
                timers[i].DueAt = first + spread * i / Math.Max(1, timers.Count - 1);
            await db.SaveChangesAsync();
            if (redispatch)
            {
                var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
                foreach (var timer in timers)
                    await dispatcher.DispatchAsync(db, timer.Id, timer.DueAt, CancellationToken.None);
            }
        }
        var slack = first - DateTimeOffset.UtcNow;
        if (slack < TimeSpan.Zero)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: setting up ended {-slack.TotalSeconds:0.0} s after the first timer was due; lateness is overstated"));

        var patience = DateTimeOffset.UtcNow + lead + spread + TimeSpan.FromMinutes(10);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int waiting;
        do
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await using var scope = services.CreateAsyncScope();
            waiting = await scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().Outbox.CountAsync(o => o.Kind == OutboxKinds.Timer && o.Status != OutboxStatus.Done);
        }
        while (waiting > 0 && DateTimeOffset.UtcNow < patience);
        // The nodes' CPU from the moment the rows were moved, over the timers: what one firing costs this process (the database's own is apart).
        var cpuPerTimer = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;
        List<OutboxMessage> rows;
        await using (var scope = services.CreateAsyncScope())
            rows = await scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().Outbox.AsNoTracking().Where(o => o.Kind == OutboxKinds.Timer).ToListAsync();

        var done = rows.Where(r => r.Status == OutboxStatus.Done).ToList();
        var lateness = done.Select(r => (r.CompletedAt!.Value - r.DueAt!.Value).TotalSeconds).Order().ToList();
        // A row's attempts count the claims won on it: each beyond the first ran the timer again.
        var twice = rows.Sum(r => Math.Max(0, r.Attempts - 1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}, {nodes.Count} node(s): {count} timers due {(spread == TimeSpan.Zero ? "at one instant" : $"over {spread.TotalSeconds:0} s")}{(redispatch ? ", Hangfire jobs scheduled at the due time" : "")}: " +
            $"fired {done.Count}, duplicates {twice}, early {lateness.Count(l => l < 0)}; " +
            $"lateness p50 {Percentile(lateness, 0.50):0.000} s, p95 {Percentile(lateness, 0.95):0.000} s, max {(lateness.Count > 0 ? lateness[^1] : double.NaN):0.000} s; " +
            $"instances finished per node {string.Join(" + ", nodes.Select(n => n.Count))}; CPU of the nodes' process {cpuPerTimer:0.0} ms per timer"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

    /// <summary>A fresh SQLite file, or a fresh database on the PostgreSQL server named (dropped afterwards).</summary>
    private static async Task<(string Provider, string Connection, string Folder, Func<Task> Drop)> DatabaseAsync(string? postgres)
    {
        var folder = Directory.CreateTempSubdirectory("approvals-timers-").FullName;
        if (postgres is null)
            return ("Sqlite", $"Data Source={Path.Combine(folder, "approvals.db")}", folder, () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
                return Task.CompletedTask;
            });
        var name = $"approvals_timers_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(postgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
        return ("PostgreSql", connection, folder, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(postgres);
            await admin.OpenAsync();
            await using var dropDb = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await dropDb.ExecuteNonQueryAsync();
            Directory.Delete(folder, recursive: true);
        });
    }
}
