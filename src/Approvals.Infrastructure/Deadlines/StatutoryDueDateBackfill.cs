using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Data;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// Stores <see cref="WorkflowInstanceRecord.StatutoryDueAt"/> for the instances running before it was kept (the clock
/// needs the working-day calendar, so a migration's SQL cannot compute it): once per database, at start-up, marked by
/// <see cref="Name"/> (<see cref="OneOffTasks"/>). A step that ran meanwhile changed the instance's revision: the save
/// is refused and the run reads again.
/// </summary>
public sealed class StatutoryDueDateBackfill(ApprovalsDbContext db, StatutoryDueDate dueDate, TimeProvider clock)
{
    public const string Name = "StatutoryDueDateBackfill";

    /// <returns>How many running instances got a due date.</returns>
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        OneOffTasks.RunOnceAsync(db, Name, DateRunningAsync, clock, cancellationToken);

    private async Task<int> DateRunningAsync(CancellationToken cancellationToken)
    {
        var running = await db.WorkflowInstances.Where(i => i.FinishedAt == null).ToListAsync(cancellationToken);
        var extensions = await db.StatutoryExtensions.AsNoTracking().ToDictionaryAsync(e => e.InstanceId, cancellationToken);
        foreach (var instance in running)
            await dueDate.RefreshAsync(db, instance, extensions.GetValueOrDefault(instance.Id), cancellationToken);
        return running.Count(i => i.StatutoryDueAt is not null);
    }
}
