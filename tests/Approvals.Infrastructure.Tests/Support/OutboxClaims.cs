using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>
/// Watches the outbox's conditional updates: the claim (which increments Attempts) and the completion (which
/// sets CompletedAt), so a test waits until N jobs tried to claim a message, or until it was done, never sleeps.
/// </summary>
public sealed class OutboxClaims : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<long, List<bool>> _attempts = new();
    private readonly ConcurrentDictionary<(long, int), TaskCompletionSource> _waiters = new();

    public Task WhenAttemptedAsync(long id, int times) => Waiter(id, times).Task;

    /// <summary>Completes when the message was marked Done (after its handler returned).</summary>
    public Task WhenDoneAsync(long id) => Waiter(id, 0).Task;

    /// <summary>For each claim attempt on the message: whether it won.</summary>
    public IReadOnlyList<bool> Outcomes(long id)
    {
        if (!_attempts.TryGetValue(id, out var list))
            return [];
        lock (list)
            return [.. list];
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var sql = command.CommandText;
        if (!sql.Contains("\"Outbox\"", StringComparison.Ordinal) || !sql.StartsWith("UPDATE", StringComparison.Ordinal))
            return ValueTask.FromResult(result);
        // The id is the smallest number among the parameters; the others are instants (UTC ticks on SQLite).
        var id = command.Parameters.Cast<DbParameter>().Select(p => p.Value).OfType<long>().Min();
        if (sql.Contains("\"Attempts\" + 1", StringComparison.Ordinal))
        {
            var list = _attempts.GetOrAdd(id, _ => []);
            int count;
            lock (list)
            {
                list.Add(result == 1);
                count = list.Count;
            }
            Waiter(id, count).TrySetResult();
        }
        else if (sql.Contains("\"CompletedAt\"", StringComparison.Ordinal))
        {
            Waiter(id, 0).TrySetResult();
        }
        return ValueTask.FromResult(result);
    }

    private TaskCompletionSource Waiter(long id, int times) =>
        _waiters.GetOrAdd((id, times), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
