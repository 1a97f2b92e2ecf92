using System.Collections.Concurrent;
using System.Threading.Channels;
using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// Hands the rows a step committed to the job queue off the caller's path. Under load, storing the jobs cost a step
/// more than its own commit (Hangfire's SQLite storage took 75 ms a job at 30 cases a second, the commit 52 ms), and
/// the caller has nothing to wait for: the rows are committed, and until they are handed over they stay Pending,
/// which the sweeper hands over should the process die first (<see cref="OutboxStranded"/>). Rows that wait here
/// together are handed over together, marked Scheduled in one statement. Stopping the host hands over what waits.
/// The sweeper leaves the rows waiting here alone (<see cref="Holds"/>): under a burst the hand-over may be more than the
/// sweeper's few seconds behind, and a second job for each would only add to the burst.
/// </summary>
public sealed partial class OutboxHandOver : IHostedService, IAsyncDisposable
{
    // More senders only contend in Hangfire's SQLite storage: with four, a 120 s load run's hand-overs took 159 ms a
    // batch instead of 62 ms, and completions slowed with them. Two keep up with 25 cases a second, a batch every 60 ms.
    private const int Senders = 2;
    private const int MaxRowsPerHandOver = 64;

    private readonly Channel<CommittedRow> _rows = Channel.CreateUnbounded<CommittedRow>();
    private readonly ConcurrentDictionary<long, byte> _waiting = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<OutboxHandOver> _logger;
    private readonly Task[] _senders;

    public OutboxHandOver(IServiceScopeFactory scopes, ILogger<OutboxHandOver> logger)
    {
        (_scopes, _logger) = (scopes, logger);
        // The senders serve every caller: they must not carry the first caller's ambient context (activity, scopes).
        using (ExecutionContext.SuppressFlow())
            _senders = [.. Enumerable.Range(0, Senders).Select(_ => Task.Run(SendAsync))];
    }

    /// <summary>Takes rows just committed (Pending); they are handed to the job queue as soon as a sender is free.</summary>
    public void Post(IReadOnlyCollection<OutboxMessage> committed)
    {
        var left = 0;
        foreach (var message in committed)
        {
            _waiting.TryAdd(message.Id, 0);
            if (!_rows.Writer.TryWrite(new CommittedRow(message.Id, message.DueAt)))
            {
                _waiting.TryRemove(message.Id, out _);
                left++;
            }
        }
        if (left > 0)
            LogLeftPending(_logger, left);
    }

    /// <summary>Whether this row was posted here and its hand-over has not ended yet (handed over, or failed for the sweeper).</summary>
    public bool Holds(long outboxMessageId) => _waiting.ContainsKey(outboxMessageId);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _rows.Writer.TryComplete();
        return Task.WhenAll(_senders).WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    private async Task SendAsync()
    {
        var rows = new List<CommittedRow>(MaxRowsPerHandOver);
        while (await _rows.Reader.WaitToReadAsync())
        {
            while (rows.Count < MaxRowsPerHandOver && _rows.Reader.TryRead(out var row))
                rows.Add(row);
            await HandOverAsync(rows);
            rows.Clear();
        }
    }

    private async Task HandOverAsync(List<CommittedRow> rows)
    {
        if (rows.Count == 0)
            return;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(db, rows, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogHandOverFailed(_logger, ex, rows.Count);
        }
        finally
        {
            foreach (var row in rows)
                _waiting.TryRemove(row.Id, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} committed outbox row(s) could not be handed to the job queue; they stay Pending and the sweeper hands them over")]
    private static partial void LogHandOverFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The host is stopping: {Count} committed outbox row(s) stay Pending, and the sweeper of the next node to start hands them over")]
    private static partial void LogLeftPending(ILogger logger, int count);
}
