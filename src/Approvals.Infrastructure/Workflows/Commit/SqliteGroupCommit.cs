using System.Threading.Channels;
using Approvals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// The one writer of a SQLite database in this process. SQLite lets one transaction write at a time: steps that
/// commit on their own connections at once race for the lock, and a COMMIT costs the same for one step as for a
/// hundred. So steps queue here, and the writer takes every step waiting and writes them in one transaction on its
/// own connection (group commit), each inside a savepoint: a step that fails — its revision or assignee guard, a
/// unique value, an observer — is rolled back to its savepoint alone and its caller gets the exception it would
/// have got alone (and re-runs the step as before); the others commit together. A step whose caller waits sees its
/// rows committed when its call returns, as before. What a step saves through EF goes into the same transaction: the
/// step's unit of work borrows the writer's connection while it is written. A step whose unit of work cannot lend its
/// own connection is written alone, in its turn, still one writer at a time.
/// </summary>
public sealed class SqliteGroupCommit : IAsyncDisposable
{
    // Bounds how long one transaction holds the lock (and how much one failed COMMIT makes re-run).
    private const int MaxStepsPerTransaction = 128;
    private const string StepSavepoint = "step";

    private readonly Channel<StepWrite> _queue = Channel.CreateUnbounded<StepWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private SqliteConnection? _connection;

    public SqliteGroupCommit()
    {
        // The writer serves every caller: it must not carry the first caller's ambient context (activity, scopes).
        using (ExecutionContext.SuppressFlow())
            _writer = Task.Run(WriteQueuedAsync);
    }

    internal Task WriteAsync(StepWrite step)
    {
        if (!_queue.Writer.TryWrite(step))
            throw new ObjectDisposedException(nameof(SqliteGroupCommit));
        return step.Done;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        if (_connection is not null)
            await _connection.DisposeAsync();
    }

    private async Task WriteQueuedAsync()
    {
        var reader = _queue.Reader;
        List<StepWrite> together = new(MaxStepsPerTransaction);
        while (await reader.WaitToReadAsync())
        {
            while (together.Count < MaxStepsPerTransaction && reader.TryRead(out var step))
            {
                if (step.Shareable)
                {
                    together.Add(step);
                    continue;
                }
                await WriteTogetherAsync(together);
                await WriteAloneAsync(step);
            }
            await WriteTogetherAsync(together);
        }
    }

    private static async Task WriteAloneAsync(StepWrite step)
    {
        try
        {
            await step.WriteAloneAsync();
            step.Committed();
        }
        catch (Exception ex)
        {
            step.Failed(ex);
        }
    }

    private async Task WriteTogetherAsync(List<StepWrite> steps)
    {
        if (steps.Count == 0)
            return;
        try
        {
            var connection = await OpenAsync(steps[0].Db);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            List<StepWrite> written = new(steps.Count);
            foreach (var step in steps)
            {
                await transaction.SaveAsync(StepSavepoint);
                try
                {
                    await step.WriteSharedAsync(connection, transaction);
                    written.Add(step);
                }
                catch (Exception ex)
                {
                    // A rollback that fails means the transaction itself is gone: the outer catch fails the rest.
                    await transaction.RollbackAsync(StepSavepoint);
                    step.Failed(ex);
                }
                await transaction.ReleaseAsync(StepSavepoint);
            }
            await transaction.CommitAsync();
            foreach (var step in written)
                step.Committed();
        }
        catch (Exception ex)
        {
            // Nothing of this transaction was committed; a step already failed keeps its own exception.
            foreach (var step in steps)
                step.Failed(ex);
            await ResetAsync();
        }
        finally
        {
            steps.Clear();
        }
    }

    private async Task<SqliteConnection> OpenAsync(ApprovalsDbContext db)
    {
        if (_connection is not null)
            return _connection;
        var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        SqliteConnectionTuning.Apply(connection);
        return _connection = connection;
    }

    private async Task ResetAsync()
    {
        if (_connection is null)
            return;
        await _connection.DisposeAsync();
        _connection = null;
    }
}
