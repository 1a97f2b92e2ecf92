using System.Collections.Concurrent;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Tests.Support;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Infrastructure.Tests.Runtime;

/// <summary>
/// Two nodes' due-row dispatchers claiming the same due timers at once, on each provider. The host's clock is fake and
/// stands still: a row due a millisecond later is not due, however long the claims take.
/// </summary>
public abstract class DueRowDispatcherTests
{
    private const int Workers = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    private static Task<RuntimeHost> StartAsync(DatabaseTarget target, TimerHandler handler, FakeTimeProvider clock) =>
        RuntimeHost.StartAsync(target, clock: clock, configure: s =>
        {
            s.RemoveAll<IOutboxHandler>();
            s.AddSingleton<IOutboxHandler>(handler);
            s.Configure<OutboxOptions>(o => (o.DueWorkers, o.DueBatch) = (Workers, 1));
        });

    /// <summary>Two dispatchers as on two nodes: each its own instance, both on the one database.</summary>
    private static DueRowDispatcher[] TwoNodes(RuntimeHost host) =>
        [ActivatorUtilities.CreateInstance<DueRowDispatcher>(host.Services), ActivatorUtilities.CreateInstance<DueRowDispatcher>(host.Services)];

    [SkippableFact]
    public async Task Two_dispatchers_claiming_at_once_run_each_due_timer_once_and_none_before_it_is_due()
    {
        await using var target = await CreateTargetAsync();
        // Every worker of both dispatchers holds a row before any finishes: the claims overlap.
        var clock = new FakeTimeProvider(Now);
        var handler = new TimerHandler(clock, holdUntilRunning: 2 * Workers);
        await using var host = await StartAsync(target, handler, clock);
        var due = await AddTimersAsync(host, 30, Now);
        var notYetDue = await AddTimersAsync(host, 10, Now.AddMilliseconds(1));

        var ran = await Task.WhenAll(TwoNodes(host).Select(d => Task.Run(() => d.RunDueAsync(default)))).WaitAsync(Patience);

        Assert.Equal(due.Count, ran.Sum());
        Assert.All(ran, r => Assert.True(r >= Workers, $"A dispatcher ran {r} timers; both should have been claiming at once."));
        Assert.Equal(due.Order(), handler.Handled.Order());
        var rows = await RowsAsync(host);
        Assert.All(due, id => Assert.Equal((OutboxStatus.Done, 1), (rows[id].Status, rows[id].Attempts)));
        Assert.All(notYetDue, id => Assert.Equal((OutboxStatus.Scheduled, 0), (rows[id].Status, rows[id].Attempts)));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        handler.HoldNoLonger();
        await Task.WhenAll(TwoNodes(host).Select(d => Task.Run(() => d.RunDueAsync(default)))).WaitAsync(Patience);

        Assert.Equal(due.Concat(notYetDue).Order(), handler.Handled.Order());
        Assert.All(handler.HandledAt, h => Assert.True(h.At >= h.DueAt, $"Timer {h.Id} ran at {h.At:O}, before it was due at {h.DueAt:O}."));
    }

    [SkippableFact]
    public async Task A_due_timer_its_Hangfire_job_already_ran_is_not_run_again_by_the_dispatcher()
    {
        await using var target = await CreateTargetAsync();
        var clock = new FakeTimeProvider(Now);
        var handler = new TimerHandler(clock, holdUntilRunning: 0);
        await using var host = await StartAsync(target, handler, clock);
        var id = Assert.Single(await AddTimersAsync(host, 1, Now));
        Assert.True(await host.InScopeAsync(sp => sp.GetRequiredService<OutboxProcessor>().ProcessAsync(id, default)));

        var ran = await TwoNodes(host)[0].RunDueAsync(default);

        Assert.Equal(0, ran);
        Assert.Equal(new[] { id }, handler.Handled);
        var row = (await RowsAsync(host))[id];
        Assert.Equal((OutboxStatus.Done, 1), (row.Status, row.Attempts));
    }

    private static Task<List<long>> AddTimersAsync(RuntimeHost host, int count, DateTimeOffset dueAt) =>
        host.DatabaseAsync(async db =>
        {
            var rows = Enumerable.Range(0, count).Select(_ => new OutboxMessage
            {
                Kind = OutboxKinds.Timer, PayloadJson = "{}", CreatedAt = Now.AddHours(-1), Status = OutboxStatus.Scheduled,
                DueAt = dueAt, NextAttemptAt = dueAt,
            }).ToList();
            db.Outbox.AddRange(rows);
            await db.SaveChangesAsync();
            return rows.Select(r => r.Id).ToList();
        });

    private static Task<Dictionary<long, OutboxMessage>> RowsAsync(RuntimeHost host) =>
        host.DatabaseAsync(db => db.Outbox.AsNoTracking().ToDictionaryAsync(o => o.Id));

    /// <summary>Stands in for the engine's timer handler: notes each row it runs and when, on the host's clock.</summary>
    private sealed class TimerHandler(TimeProvider clock, int holdUntilRunning) : IOutboxHandler
    {
        private readonly TaskCompletionSource _enoughRunning = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentQueue<(long Id, DateTimeOffset DueAt, DateTimeOffset At)> _handled = new();
        private int _running;

        public string Kind => OutboxKinds.Timer;
        public IReadOnlyList<long> Handled => [.. _handled.Select(h => h.Id)];
        public IReadOnlyList<(long Id, DateTimeOffset DueAt, DateTimeOffset At)> HandledAt => [.. _handled];
        public void HoldNoLonger() => _enoughRunning.TrySetResult();

        public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            _handled.Enqueue((message.Id, message.DueAt!.Value, clock.GetUtcNow()));
            if (Interlocked.Increment(ref _running) >= holdUntilRunning)
                _enoughRunning.TrySetResult();
            await _enoughRunning.Task.WaitAsync(cancellationToken);
        }
    }
}

public sealed class SqliteDueRowDispatcherTests : DueRowDispatcherTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}

public sealed class PostgreSqlDueRowDispatcherTests : DueRowDispatcherTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
