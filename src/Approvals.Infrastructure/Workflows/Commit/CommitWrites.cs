using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// The row writes of one step commit. On PostgreSQL they are queued and sent together in one round trip
/// (<see cref="NpgsqlBatch"/>) by <see cref="FlushAsync"/>: a commit that took a lock at its start (a registry series, a
/// case number, a party) holds it across its writes, and every round trip there is time each other commit of that
/// series waits — longer when the process is busy and each answer waits its turn for a thread. On SQLite, which runs in
/// the process, each write runs at once. A write guarded to change one row (a revision or assignee check) that changed
/// none means another step got there first: the commit fails with <see cref="DbUpdateConcurrencyException"/> as it did
/// alone, also when a later write of the batch then failed because of it.
/// </summary>
internal sealed class CommitWrites : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly NpgsqlBatch? _batch;
    private readonly List<Outcome> _outcomes = [];

    public CommitWrites(DbCommand command)
    {
        _command = command;
        if (command.Connection is NpgsqlConnection connection)
            _batch = new NpgsqlBatch(connection, (NpgsqlTransaction?)command.Transaction);
    }

    /// <summary>Whether writes are queued for one round trip (PostgreSQL) rather than run at once.</summary>
    public bool Batched => _batch is not null;

    /// <summary>Creates a parameter of the commit's provider (EF's type mappings take a command for it).</summary>
    public DbCommand ParameterSource => _command;

    /// <summary>Writes (or queues) a statement whose only outcome is done.</summary>
    public Task WriteAsync(string sql, IReadOnlyList<DbParameter> parameters, CancellationToken cancellationToken) =>
        AddAsync(sql, parameters, new Outcome(null, null), cancellationToken);

    /// <summary>Writes (or queues) a statement that must change exactly one row; <paramref name="lost"/> says what changed it first.</summary>
    public Task WriteOneRowAsync(string sql, IReadOnlyList<DbParameter> parameters, Func<int, string> lost, CancellationToken cancellationToken) =>
        AddAsync(sql, parameters, new Outcome(lost, null), cancellationToken);

    /// <summary>Writes (or queues) an INSERT … RETURNING of a generated key, handed to <paramref name="key"/> once known.</summary>
    public Task WriteReturningAsync(string sql, IReadOnlyList<DbParameter> parameters, Action<object> key, CancellationToken cancellationToken) =>
        AddAsync(sql, parameters, new Outcome(null, key), cancellationToken);

    /// <summary>Sends what is queued (PostgreSQL) and checks every outcome.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch is null || _outcomes.Count == 0)
            return;
        try
        {
            await using var reader = await _batch.ExecuteReaderAsync(cancellationToken);
            // Only the statements that return rows have a result to step through, in their order.
            var first = true;
            foreach (var keyed in _outcomes.Where(o => o.Key is not null))
            {
                if (!first && !await reader.NextResultAsync(cancellationToken) || !await reader.ReadAsync(cancellationToken))
                    throw new InvalidOperationException("An INSERT of the step returned no key.");
                keyed.Key!(reader.GetValue(0));
                first = false;
            }
            while (await reader.NextResultAsync(cancellationToken))
            {
            }
        }
        catch (PostgresException ex)
        {
            // A guard that matched nothing earlier in the batch is why: the rows after it were the loser's.
            Check(ex);
            throw;
        }
        Check(null);
        _outcomes.Clear();
        _batch.BatchCommands.Clear();
    }

    public ValueTask DisposeAsync() => _batch?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task AddAsync(string sql, IReadOnlyList<DbParameter> parameters, Outcome outcome, CancellationToken cancellationToken)
    {
        if (_batch is not null)
        {
            var queued = new NpgsqlBatchCommand(sql);
            foreach (var parameter in parameters)
                queued.Parameters.Add(parameter);
            _batch.BatchCommands.Add(queued);
            _outcomes.Add(outcome);
            return;
        }
        _command.Parameters.Clear();
        _command.CommandText = sql;
        foreach (var parameter in parameters)
            _command.Parameters.Add(parameter);
        if (outcome.Key is { } key)
        {
            key(await _command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException("An INSERT of the step returned no key."));
            return;
        }
        var affected = await _command.ExecuteNonQueryAsync(cancellationToken);
        if (outcome.Lost is { } lost && affected != 1)
            throw new DbUpdateConcurrencyException(lost(affected));
    }

    /// <summary>Throws the conflict of the first guard that changed no row; statements not run (after a failure) report -1.</summary>
    private void Check(Exception? failure)
    {
        for (var i = 0; i < _outcomes.Count; i++)
        {
            if (_outcomes[i].Lost is { } lost && _batch!.BatchCommands[i].RecordsAffected is var affected and >= 0 and not 1)
                throw new DbUpdateConcurrencyException(lost(affected), failure);
        }
    }

    private sealed record Outcome(Func<int, string>? Lost, Action<object>? Key);
}
