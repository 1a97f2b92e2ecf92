using System.Data.Common;
using Approvals.Infrastructure.Persistence;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// One step's writes handed to <see cref="SqliteGroupCommit"/>. <see cref="Shareable"/> steps write only the
/// runtime's rows, with plain commands that run on any connection, so they can share a transaction; the others
/// also save rows through EF on the step's own connection and are written alone, in their turn.
/// </summary>
internal sealed class StepWrite(
    ApprovalsDbContext db,
    bool shareable,
    Func<DbConnection, DbTransaction, Task> writeShared,
    Func<Task> writeAlone)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ApprovalsDbContext Db => db;
    public bool Shareable => shareable;

    /// <summary>Completes once the step's rows are committed, or fails with what made them fail.</summary>
    public Task Done => _done.Task;

    public Task WriteSharedAsync(DbConnection connection, DbTransaction transaction) => writeShared(connection, transaction);

    public Task WriteAloneAsync() => writeAlone();

    public void Committed() => _done.TrySetResult();

    public void Failed(Exception exception) => _done.TrySetException(exception);
}
