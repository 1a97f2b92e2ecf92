using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// Keeps <see cref="WorkflowInstanceRecord.StatutoryDueAt"/> where the clock stands, so the worklist filters and sorts
/// by it in SQL: set in the unit of work of every change of the clock (acceptance, a stop, its end, an extension).
/// </summary>
public sealed class StatutoryDueDate(StatutoryClockReading reading)
{
    /// <summary>
    /// The due date a worklist sorts by: none without a limit, before acceptance (the limit has not started) and while
    /// the applicant holds the case (the date moves with every day the clock stands still).
    /// </summary>
    public static DateTimeOffset? Of(StatutoryClockView? view) =>
        view is null || view.AwaitsAcceptance || view.IsStopped ? null : view.DueAt;

    /// <summary>
    /// After a step's rows are added: reads the clock again when the step accepted the case, stopped or resumed the clock;
    /// when the step decided the case, keeps on it the due date the clock then stood at (the statistics read it there).
    /// </summary>
    public async Task AfterStepAsync(ApprovalsDbContext db, WorkflowInstanceRecord record, WorkflowInstanceState state, CancellationToken cancellationToken)
    {
        if (ClockChanged(db, record.Id, state))
            await RefreshAsync(db, record, await ExtensionAsync(db, record.Id, cancellationToken), cancellationToken);
        // A decision is dated with the step that made it (Application.MoveTo).
        foreach (var decided in db.Applications.Local.Where(a => a.InstanceId == record.Id && a.DecidedAt == state.UpdatedAt))
            decided.RecordDueAtDecision(record.StatutoryDueAt);
    }

    /// <summary>Sets the stored due date from the clock as the unit of work holds it, with <paramref name="extension"/> (saved or about to be).</summary>
    public async Task RefreshAsync(ApprovalsDbContext db, WorkflowInstanceRecord record, StatutoryExtensionRecord? extension, CancellationToken cancellationToken) =>
        record.StatutoryDueAt = Of(await reading.ReadAsync(db, record, extension, cancellationToken));

    private static bool ClockChanged(ApprovalsDbContext db, string instanceId, WorkflowInstanceState state) =>
        db.ClockStops.Local.Any(s => s.InstanceId == instanceId && (s.ResumedAt == state.UpdatedAt || db.Entry(s).State == EntityState.Added))
        // Acceptance is dated with the step that made it (Application.MoveTo).
        || db.Applications.Local.Any(a => a.InstanceId == instanceId && a.AcceptedAt == state.UpdatedAt);

    private static async Task<StatutoryExtensionRecord?> ExtensionAsync(ApprovalsDbContext db, string instanceId, CancellationToken cancellationToken) =>
        db.StatutoryExtensions.Local.FirstOrDefault(e => e.InstanceId == instanceId)
        ?? await db.StatutoryExtensions.AsNoTracking().FirstOrDefaultAsync(e => e.InstanceId == instanceId, cancellationToken);
}
