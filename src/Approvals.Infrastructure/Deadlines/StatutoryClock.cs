using System.Text.Json.Nodes;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Text;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// The statutory clock of an application (a workflow instance): its limit from settings or the definition's
/// <c>statutoryLimit</c> variable, minus the working days used outside clock stops. Reviewers and applicants
/// read it through <c>GET /api/workflow-instances/{id}</c>.
/// </summary>
public sealed class StatutoryClock(ApprovalsDbContext db, WorkingTimeMeasure measure, ForwardWorkingTime forward, IOptionsMonitor<StatutoryLimitOptions> options, TimeProvider clock) : IStatutoryClock
{
    /// <returns>null when the instance's definition has no statutory limit.</returns>
    /// <exception cref="NotFoundRefusal">no such instance, or one of another district (the same answer).</exception>
    public async Task<StatutoryClockView?> GetAsync(string instanceId, Caller scope, CancellationToken cancellationToken)
    {
        var instance = await new WorkflowQueries(db).VisibleInstances(scope).FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken)
            ?? throw WorkflowRefusals.NoInstance(instanceId);
        var extension = await db.StatutoryExtensions.AsNoTracking().FirstOrDefaultAsync(e => e.InstanceId == instanceId, cancellationToken);
        return await ForAsync(instance, extension, cancellationToken);
    }

    /// <summary>The clock of an instance already admitted, as it stands with <paramref name="extension"/> (saved or about to be).</summary>
    internal async Task<StatutoryClockView?> ForAsync(WorkflowInstanceRecord instance, StatutoryExtensionRecord? extension, CancellationToken cancellationToken)
    {
        var procedureLimit = Limit(instance.DefinitionId, WorkflowStateJson.Deserialize(instance.StateJson));
        if (procedureLimit is null)
            return null;
        var limit = procedureLimit.Value + (extension?.WorkingDays ?? 0);
        var end = instance.FinishedAt ?? clock.GetUtcNow();
        if (await StartAsync(instance, cancellationToken) is not { } start)
            return StatutoryClockView.AwaitingAcceptance(limit, forward.AddWorkingDays(end, limit));
        var stops = await db.ClockStops.AsNoTracking().Where(s => s.InstanceId == instance.Id).ToListAsync(cancellationToken);
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
    private async Task<DateTimeOffset?> StartAsync(WorkflowInstanceRecord instance, CancellationToken cancellationToken)
    {
        var @case = await db.Applications.AsNoTracking().Where(a => a.InstanceId == instance.Id)
            .Select(a => new { a.AcceptedAt }).FirstOrDefaultAsync(cancellationToken);
        return @case is null ? instance.CreatedAt : @case.AcceptedAt;
    }

    private int? Limit(string definitionId, WorkflowInstanceState state)
    {
        var variable = state.Variables[StatutoryLimitOptions.VariableName] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
        return StatutoryLimitOptions.WorkingDays(variable ?? options.CurrentValue.Definitions.GetValueOrDefault(definitionId));
    }
}
