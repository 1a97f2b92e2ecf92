using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>
/// Watches the outbox's conditional updates: the claim (which increments Attempts; one row by a job, several at once by
/// the due-row dispatcher) and the completion (which sets CompletedAt), so a test waits until N jobs tried to claim a
/// message, or until it was done, never sleeps.
/// </summary>
public sealed class OutboxClaims : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<long, List<bool>> _attempts = new();
    private readonly ConcurrentDictionary<(long, int), TaskCompletionSource> _waiters = new();
    private readonly ConcurrentDictionary<long, ConcurrentQueue<DateTimeOffset>> _won = new();

    /// <summary>The real instants (the machine's clock, not the host's) at which a claim on the message was won: when its work began.</summary>
    public IReadOnlyList<DateTimeOffset> WonAt(long id) => _won.TryGetValue(id, out var times) ? [.. times] : [];

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
        var numbers = command.Parameters.Cast<DbParameter>().Select(p => p.Value).OfType<long>().ToList();
        if (numbers.Count == 0)
            return ValueTask.FromResult(result); // an update of many rows (a test moving due times), not a claim
        var id = numbers.Min();
        if (IsClaim(sql))
            Record(id, won: result == 1);
        else if (sql.Contains("\"CompletedAt\"", StringComparison.Ordinal))
        {
            Waiter(id, 0).TrySetResult();
        }
        return ValueTask.FromResult(result);
    }

    /// <summary>The due-row dispatcher claims several rows in one statement, which returns the ids it won.</summary>
    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        var sql = command.CommandText;
        if (!sql.StartsWith("UPDATE", StringComparison.Ordinal) || !sql.Contains("\"Outbox\"", StringComparison.Ordinal) || !IsClaim(sql))
            return result;
        var won = new DataTable();
        won.Columns.Add("Value", typeof(long));
        await using (result)
        {
            while (await result.ReadAsync(cancellationToken))
                won.Rows.Add(result.GetInt64(0));
        }
        foreach (DataRow row in won.Rows)
            Record((long)row[0], won: true);
        return won.CreateDataReader();
    }

    private static bool IsClaim(string sql) => sql.Contains("\"Attempts\" + 1", StringComparison.Ordinal);

    private void Record(long id, bool won)
    {
        if (won)
            _won.GetOrAdd(id, _ => new()).Enqueue(DateTimeOffset.UtcNow);
        var list = _attempts.GetOrAdd(id, _ => []);
        int count;
        lock (list)
        {
            list.Add(won);
            count = list.Count;
        }
        Waiter(id, count).TrySetResult();
    }

    private TaskCompletionSource Waiter(long id, int times) =>
        _waiters.GetOrAdd((id, times), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
