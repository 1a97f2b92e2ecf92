using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>
/// Holds the next transaction about to begin (a step's commit: everything is loaded and decided, nothing is
/// written and no lock is held) until the test releases it, so another request can act in between.
/// </summary>
public sealed class HeldStepWrite : DbTransactionInterceptor
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    /// <summary>Completes when the held step has read everything and waits to write.</summary>
    public Task Reached => _reached.Task;

    public void HoldNext() => Interlocked.Exchange(ref _armed, 1);

    public void Release() => _released.TrySetResult();

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _reached.TrySetResult();
            await _released.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }
        return result;
    }
}
