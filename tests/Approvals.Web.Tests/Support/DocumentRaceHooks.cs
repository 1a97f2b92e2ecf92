using System.Data.Common;
using Approvals.Core.Documents;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Web.Tests.Support;

/// <summary>
/// Barriers for racing an upload against a deletion of the same content: the store can hold the next save (after
/// the file is ensured) or the next file deletion (before it happens), and the database tells when the next claim
/// of a content row is sent, which is where the other request has to wait while the first holds its claim. SQLite
/// has one writer at a time, so there a writer already waits at the start of its write transaction.
/// </summary>
public sealed class DocumentRaceHooks : DbCommandInterceptor, IDbTransactionInterceptor
{
    private TaskCompletionSource? _claimSent;

    public Barrier AfterNextSave { get; } = new();

    public Barrier BeforeNextDelete { get; } = new();

    /// <summary>Completes when the next statement claiming a content row is sent (it may then wait for the claim).</summary>
    public Task NextClaimSent()
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _claimSent, signal);
        return signal.Task;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("INSERT INTO \"DocumentContents\"", StringComparison.Ordinal))
            Interlocked.Exchange(ref _claimSent, null)?.TrySetResult();
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    ValueTask<InterceptionResult<DbTransaction>> IDbTransactionInterceptor.TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken)
    {
        if (eventData.Context?.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
            Interlocked.Exchange(ref _claimSent, null)?.TrySetResult();
        return ValueTask.FromResult(result);
    }

    public IDocumentStore Wrap(IDocumentStore inner) => new GatedStore(inner, this);

    /// <summary>Held once when armed: tells it was reached, then waits for <see cref="Release"/>.</summary>
    public sealed class Barrier
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;

        public Task Reached => _reached.Task;

        public void Arm() => Volatile.Write(ref _armed, 1);

        public void Release() => _released.TrySetResult();

        internal async Task PassAsync()
        {
            if (Interlocked.Exchange(ref _armed, 0) == 0)
                return;
            _reached.TrySetResult();
            await _released.Task;
        }
    }

    private sealed class GatedStore(IDocumentStore inner, DocumentRaceHooks hooks) : IDocumentStore
    {
        public async Task SaveAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
        {
            await inner.SaveAsync(sha256, content, cancellationToken);
            await hooks.AfterNextSave.PassAsync();
        }

        public async Task DeleteAsync(string sha256, CancellationToken cancellationToken)
        {
            await hooks.BeforeNextDelete.PassAsync();
            await inner.DeleteAsync(sha256, cancellationToken);
        }

        public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken) => inner.OpenReadAsync(sha256, cancellationToken);

        public IAsyncEnumerable<string> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
    }
}
