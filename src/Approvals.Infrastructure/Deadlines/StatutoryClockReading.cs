using System.Text.Json.Nodes;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// The one computation of a statutory clock, from the rows of the unit of work it is given: what a step has added
/// or changed but not written yet (a clock stop, its end, the case's acceptance) counts as well as what is saved.
/// </summary>
public sealed class StatutoryClockReading(WorkingTimeMeasure measure, ForwardWorkingTime forward, IOptionsMonitor<StatutoryLimitOptions> options, TimeProvider clock)
{
    /// <returns>null when the instance's definition has no statutory limit.</returns>
    public async Task<StatutoryClockView?> ReadAsync(ApprovalsDbContext db, WorkflowInstanceRecord instance, StatutoryExtensionRecord? extension, CancellationToken cancellationToken)
    {
        var procedureLimit = Limit(instance.DefinitionId, WorkflowStateJson.Deserialize(instance.StateJson));
        if (procedureLimit is null)
            return null;
        var limit = procedureLimit.Value + (extension?.WorkingDays ?? 0);
        var end = instance.FinishedAt ?? clock.GetUtcNow();
        if (await StartAsync(db, instance, cancellationToken) is not { } start)
            return StatutoryClockView.AwaitingAcceptance(limit, forward.AddWorkingDays(end, limit));
        var stops = await StopsAsync(db, instance.Id, cancellationToken);
        // A correction round before acceptance is no stop: the clock had not started.
        var stopped = stops.Where(s => (s.ResumedAt ?? end) > start)
            .Sum(s => measure.WorkingDaysBetween(s.StoppedAt > start ? s.StoppedAt : start, s.ResumedAt ?? end));
        var used = measure.WorkingDaysBetween(start, end) - stopped;
        return new StatutoryClockView(
            limit,
            used,
            stopped,
            limit - used,
            instance.FinishedAt is null && stops.Any(s => s.ResumedAt is null),
            forward.AddWorkingDays(start, limit + stopped),
            extension?.WorkingDays ?? 0,
            extension?.Reason)
        {
            StartedAt = start,
        };
    }

    /// <summary>
    /// When the limit started to run: a case's acceptance (受理, 行政许可法 art. 42), null while its case is not accepted;
    /// the start of any other procedure.
    /// </summary>
    private static async Task<DateTimeOffset?> StartAsync(ApprovalsDbContext db, WorkflowInstanceRecord instance, CancellationToken cancellationToken)
    {
        if (db.Applications.Local.FirstOrDefault(a => a.InstanceId == instance.Id) is { } tracked)
            return tracked.AcceptedAt;
        var @case = await db.Applications.AsNoTracking().Where(a => a.InstanceId == instance.Id)
            .Select(a => new { a.AcceptedAt }).FirstOrDefaultAsync(cancellationToken);
        return @case is null ? instance.CreatedAt : @case.AcceptedAt;
    }

    /// <summary>The saved stops, each replaced by its tracked copy when the unit of work holds one, and the stops it added.</summary>
    private static async Task<List<ClockStopRecord>> StopsAsync(ApprovalsDbContext db, string instanceId, CancellationToken cancellationToken)
    {
        var tracked = db.ClockStops.Local.Where(s => s.InstanceId == instanceId).ToList();
        var saved = await db.ClockStops.AsNoTracking().Where(s => s.InstanceId == instanceId).ToListAsync(cancellationToken);
        return [.. tracked, .. saved.Where(s => tracked.All(t => t.BookmarkId != s.BookmarkId))];
    }

    private int? Limit(string definitionId, WorkflowInstanceState state)
    {
        var variable = state.Variables[StatutoryLimitOptions.VariableName] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
        return StatutoryLimitOptions.WorkingDays(variable ?? options.CurrentValue.Definitions.GetValueOrDefault(definitionId));
    }
}
