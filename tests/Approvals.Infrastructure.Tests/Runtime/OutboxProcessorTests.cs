using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Runtime;

/// <summary>Claiming an outbox row by conditional update, on each database provider.</summary>
public abstract class OutboxProcessorTests
{
    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    [SkippableFact]
    public async Task Two_workers_running_the_same_job_do_the_work_once()
    {
        await using var target = await CreateTargetAsync();
        var handler = new CountingHandler();
        await using var host = await RuntimeHost.StartAsync(target, configure: s => s.AddSingleton<IOutboxHandler>(handler));
        var id = await AddMessageAsync(host);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            host.InScopeAsync(sp => sp.GetRequiredService<OutboxProcessor>().ProcessAsync(id, default)))));

        Assert.Equal(1, handler.Calls);
        Assert.Equal([false, true], results.Order());
        var row = await host.DatabaseAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(OutboxStatus.Done, row.Status);
    }

    [SkippableFact]
    public async Task A_failing_message_is_retried_then_marked_failed_with_its_error_and_never_done_twice()
    {
        await using var target = await CreateTargetAsync();
        var handler = new CountingHandler { FailWith = "SMTP server refused the connection" };
        await using var host = await RuntimeHost.StartAsync(target, configure: s => s.AddSingleton<IOutboxHandler>(handler));
        var id = await AddMessageAsync(host);
        var processor = (Func<Task<bool>>)(() => host.InScopeAsync(sp => sp.GetRequiredService<OutboxProcessor>().ProcessAsync(id, default)));

        for (var attempt = 1; attempt < 6; attempt++)
            await Assert.ThrowsAsync<InvalidOperationException>(processor);
        var givenUp = await processor();
        var afterLast = await processor();

        Assert.False(givenUp);
        Assert.False(afterLast);
        Assert.Equal(6, handler.Calls);
        var row = await host.DatabaseAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal("SMTP server refused the connection", row.LastError);
    }

    private static Task<long> AddMessageAsync(RuntimeHost host) =>
        host.DatabaseAsync(async db =>
        {
            var message = new OutboxMessage { Kind = "Counting", PayloadJson = "{}", CreatedAt = DateTimeOffset.UtcNow, Status = OutboxStatus.Scheduled };
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

    private sealed class CountingHandler : IOutboxHandler
    {
        private int _calls;

        public string Kind => "Counting";
        public string? FailWith { get; init; }
        public int Calls => _calls;

        public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await Task.Yield();
            if (FailWith is not null)
                throw new InvalidOperationException(FailWith);
        }
    }
}

public sealed class SqliteOutboxProcessorTests : OutboxProcessorTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}

public sealed class PostgreSqlOutboxProcessorTests : OutboxProcessorTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
