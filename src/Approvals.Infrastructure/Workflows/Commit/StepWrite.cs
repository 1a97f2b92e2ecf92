using System.Data.Common;
using Approvals.Infrastructure.Persistence;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// One step's writes handed to <see cref="SqliteGroupCommit"/>. <see cref="Shareable"/> steps share the writer's
/// transaction; those that also save rows through EF have their unit of work borrow the writer's connection
/// (<see cref="WritersConnection"/>). A step whose unit of work keeps its own connection open cannot borrow it, and is
/// written alone, in its turn.
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
