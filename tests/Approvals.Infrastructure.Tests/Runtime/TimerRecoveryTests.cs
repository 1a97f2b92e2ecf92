using System.Globalization;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.UseCases.Records;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Xunit.Abstractions;

namespace Approvals.Infrastructure.Tests.Runtime;

/// <summary>Timers on real Hangfire storage and real time: a burst due at one instant, and timers whose Hangfire jobs were lost.</summary>
public abstract class TimerRecoveryTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly OutboxClaims _claims = new();
    private readonly InstanceSignals _instances = new();

    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    private Task<RuntimeHost> StartHostAsync(DatabaseTarget target, bool hangfire, bool hangfireJobsLost = false) =>
        RuntimeHost.StartAsync(target, hangfire, configure: services =>
        {
            services.AddSingleton<IInterceptor>(_claims);
            services.AddSingleton<IStepCommitObserver>(_instances);
            services.Configure<OutboxOptions>(o => (o.SweepInterval, o.LostJobAfter) = (TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)));
            if (hangfireJobsLost)
                services.Replace(ServiceDescriptor.Scoped<IJobQueue, LostJobs>());
        });

    private static Task<List<OutboxMessage>> TimersAsync(RuntimeHost host) =>
        host.DatabaseAsync(db => db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKinds.Timer).OrderBy(o => o.Id).ToListAsync());

    [SkippableFact]
    public async Task Two_hundred_timers_due_at_one_instant_each_fire_once_and_none_before_its_time()
    {
        const int count = 200;
        await using var target = await CreateTargetAsync();
        await using var host = await StartHostAsync(target, hangfire: true);
        // Started one after another, the timers would be due one after another: each waits an hour, then all are
        // moved to one instant a few seconds ahead (not on a whole second) and handed to Hangfire again, as the sweeper would.
        await host.PublishAsync("delay", json => json.Replace("\"PT1S\"", "\"PT1H\"", StringComparison.Ordinal));
        var started = new List<string>();
        foreach (var chunk in Enumerable.Range(0, count).Chunk(4))
            started.AddRange(await Task.WhenAll(chunk.Select(async _ => (await host.RuntimeAsync(r => r.StartAsync("delay", null, null, null, null, default))).Id)));
        var due = DateTimeOffset.UtcNow.AddSeconds(8).AddMilliseconds(370);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Approvals.Infrastructure.Persistence.ApprovalsDbContext>();
            await db.Outbox.Where(o => o.Kind == OutboxKinds.Timer).ExecuteUpdateAsync(s => s.SetProperty(o => o.DueAt, due));
            var dispatcher = sp.GetRequiredService<OutboxDispatcher>();
            foreach (var id in await db.Outbox.Where(o => o.Kind == OutboxKinds.Timer).Select(o => o.Id).ToListAsync())
                await dispatcher.DispatchAsync(db, id, due, default);
            return 0;
        });

        await Task.WhenAll(started.Select(id => _instances.WhenAsync(id, WorkflowStatus.Finished))).WaitAsync(Patience);
        var timers = await TimersAsync(host);

        Assert.Equal(count, timers.Count);
        Assert.All(timers, t => Assert.Single(_claims.WonAt(t.Id)));
        var lateness = timers.Select(t => (_claims.WonAt(t.Id)[0] - due).TotalSeconds).Order().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} timers due together: lateness p50 {Percentile(lateness, 0.50):0.000} s, p95 {Percentile(lateness, 0.95):0.000} s, max {lateness[^1]:0.000} s"));
        Assert.True(lateness[0] >= 0, $"A timer fired {-lateness[0]:0.000} s before it was due.");
    }

    [SkippableFact]
    public async Task Timers_whose_Hangfire_jobs_never_run_fire_from_their_rows_once_across_two_nodes_and_none_before_its_time()
    {
        const int count = 40;
        await using var target = await CreateTargetAsync();
        await using var first = await StartHostAsync(target, hangfire: true, hangfireJobsLost: true);
        await using var second = await StartHostAsync(target, hangfire: true, hangfireJobsLost: true);
        await first.PublishAsync("delay", json => json.Replace("\"PT1S\"", "\"PT2S\"", StringComparison.Ordinal));

        var started = new List<string>();
        for (var i = 0; i < count / 2; i++)
            started.AddRange(await Task.WhenAll(new[] { first, second }.Select(async host => (await host.RuntimeAsync(r => r.StartAsync("delay", null, null, null, null, default))).Id)));
        await Task.WhenAll(started.Select(id => _instances.WhenAsync(id, WorkflowStatus.Finished))).WaitAsync(Patience);
        // An instance finishes inside its timer's step; the row is marked Done just after that step commits.
        await Task.WhenAll((await TimersAsync(first)).Select(t => _claims.WhenDoneAsync(t.Id))).WaitAsync(Patience);
        var timers = await TimersAsync(first);

        Assert.Equal(count, timers.Count);
        Assert.All(timers, t => Assert.Equal(OutboxStatus.Done, t.Status));
        Assert.All(timers, t => Assert.Single(_claims.WonAt(t.Id)));
        Assert.All(timers, t => Assert.True(_claims.WonAt(t.Id)[0] >= t.DueAt, $"Timer {t.Id} fired at {_claims.WonAt(t.Id)[0]:O}, before it was due at {t.DueAt:O}."));
    }

    /// <summary>A job queue whose jobs never run (storage lost, every worker busy elsewhere): only the rows themselves remain.</summary>
    private sealed class LostJobs : IJobQueue
    {
        public void Enqueue(long outboxMessageId, TimeSpan delay)
        {
        }
    }

    [SkippableFact]
    public async Task A_timer_whose_Hangfire_job_was_lost_with_the_storage_fires_once_after_the_sweeper_runs()
    {
        await using var target = await CreateTargetAsync();
        string instance;
        await using (var before = await StartHostAsync(target, hangfire: false))
        {
            await before.PublishAsync("delay");
            instance = (await before.RuntimeAsync(r => r.StartAsync("delay", null, null, null, null, default))).Id;
        }
        await LoseHangfireStorageAsync(target);

        await using var after = await StartHostAsync(target, hangfire: true);
        var timerId = Assert.Single(await TimersAsync(after)).Id;
        await Task.WhenAll(_instances.WhenAsync(instance, WorkflowStatus.Finished), _claims.WhenDoneAsync(timerId)).WaitAsync(Patience);

        var timer = Assert.Single(await TimersAsync(after));
        var firedAt = Assert.Single(_claims.WonAt(timer.Id));
        Assert.True(firedAt >= timer.DueAt, $"The timer fired at {firedAt:O}, before it was due at {timer.DueAt:O}.");
        Assert.Equal(OutboxStatus.Done, timer.Status);
    }

    /// <summary>The Hangfire storage is gone (a new database file, or the schema dropped): no job remembers the timer.</summary>
    private static async Task LoseHangfireStorageAsync(DatabaseTarget target)
    {
        if (target.Provider == "PostgreSql")
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP SCHEMA hangfire CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(target.Folder, "hangfire.db*"))
            File.Delete(file);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}

public sealed class SqliteTimerRecoveryTests(ITestOutputHelper output) : TimerRecoveryTests(output)
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}

public sealed class PostgreSqlTimerRecoveryTests(ITestOutputHelper output) : TimerRecoveryTests(output)
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
