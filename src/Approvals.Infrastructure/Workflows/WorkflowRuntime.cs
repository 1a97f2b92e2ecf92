using System.Text.Json.Nodes;
using Approvals.Infrastructure.Audit;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Text;
using Approvals.Workflows.Runtime;
using System.Diagnostics;
using Approvals.Infrastructure.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.UseCases.Tasks;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// Runs steps of persisted instances. Each step loads the instance, lets the interpreter run until every
/// branch waits, and saves the state, journal, bookmarks, tasks and outbox rows in one transaction guarded by
/// the instance's revision. A step that loses a race (for the revision, or for a unique value such as a
/// registration number) is re-run on the fresh state; a stimulus whose
/// bookmark is gone by then is refused, so no step is ever applied twice.
/// </summary>
public sealed partial class WorkflowRuntime(
    ApprovalsDbContext db,
    IWorkflowInterpreter interpreter,
    CompiledWorkflowCache workflows,
    StepLoadQueries loads,
    WorkflowDefinitionService definitions,
    StepWriter writer,
    StepCommitter committer,
    OutboxHandOver outbox,
    ApprovalsMetrics metrics,
    ILogger<WorkflowRuntime> logger,
    TimeProvider clock) : IWorkflowRuntime
{
    private const int MaxAttempts = 5;

    private readonly List<OutboxMessage> _held = [];

    /// <summary>Starts an instance that belongs to no district (seen by the executive committee only): for the host and tests.</summary>
    public Task<WorkflowInstanceState> StartAsync(string definitionId, int? version, string? correlationId, JsonObject? input, string? actor, CancellationToken cancellationToken) =>
        StartAsync(new InstanceStart(definitionId, version, correlationId, input, actor), cancellationToken);

    public async Task<WorkflowInstanceState> StartAsync(InstanceStart start, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = ApprovalsTelemetry.Steps.StartActivity("engine step start");
        activity?.SetTag("approvals.definition", start.DefinitionId);
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["InstanceId"] = start.InstanceId, ["CorrelationId"] = start.CorrelationId });
        await using var connection = await StepConnection.OpenAsync(db, cancellationToken);
        var runnable = await definitions.ResolveRunnableVersionAsync(start.DefinitionId, start.Version, cancellationToken);
        var workflow = await workflows.GetAsync(db, start.DefinitionId, runnable, cancellationToken);
        var result = await interpreter.StartAsync(workflow, new StartWorkflowRequest(start.InstanceId, start.CorrelationId, start.Input, start.Actor), cancellationToken);
        var record = writer.AddNew(db, result, start.District);
        await writer.WriteAsync(db, record, result, cancellationToken);
        await SaveAndDispatchAsync(cancellationToken);
        metrics.StepCommitted("start", Stopwatch.GetElapsedTime(started));
        return result.State;
    }

    /// <summary>Resumes a bookmark (a timer, a reply); <see cref="CompleteTaskAsync"/> resumes a task.</summary>
    /// <exception cref="NotWaitingRefusal">the bookmark is gone.</exception>
    /// <exception cref="InvalidRefusal">the stimulus does not fit it.</exception>
    public Task<WorkflowInstanceState> ResumeAsync(string bookmarkId, ResumeStimulus stimulus, CancellationToken cancellationToken) =>
        WithRetriesAsync("resume", async () =>
        {
            var instanceId = await loads.BookmarkInstance(db, bookmarkId, cancellationToken)
                ?? throw new NotWaitingRefusal(Texts.Text(Texts.WorkflowRuntime_BookmarkIsNotOpenAlreadyResumed, bookmarkId));
            return await ResumeLoadedAsync(instanceId, bookmarkId, task: null, stimulus, cancellationToken);
        }, cancellationToken);

    /// <summary>Re-runs a faulted activity of an instance in the caller's district.</summary>
    /// <exception cref="NotFoundRefusal">no such instance in the caller's scope, or no such open incident.</exception>
    public Task<WorkflowInstanceState> RetryIncidentAsync(string instanceId, string incidentId, Caller scope, CancellationToken cancellationToken) =>
        WithRetriesAsync("retry-incident", async () =>
        {
            var (record, state, workflow) = await LoadAsync(instanceId, scope, cancellationToken);
            if (!state.Incidents.Any(i => i.Id == incidentId && i.ResolvedAt is null))
                throw new NotFoundRefusal(Texts.Text(Texts.WorkflowRuntime_InstanceHasNoOpenIncident, instanceId, incidentId));
            var result = await interpreter.RetryAsync(workflow, state, incidentId, scope.UserName, cancellationToken);
            return await SaveStepAsync(record, result, cancellationToken);
        }, cancellationToken);

    /// <summary>Cancels an instance in the caller's district.</summary>
    /// <exception cref="NotFoundRefusal">no such instance in the caller's scope.</exception>
    /// <exception cref="ConflictRefusal">the instance is already finished or cancelled.</exception>
    public Task<WorkflowInstanceState> CancelAsync(string instanceId, Caller scope, CancellationToken cancellationToken) =>
        WithRetriesAsync("cancel", async () =>
        {
            var (record, state, workflow) = await LoadAsync(instanceId, scope, cancellationToken);
            if (state.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
                throw new ConflictRefusal(Texts.Text(Texts.WorkflowRuntime_InstanceIsAlready, instanceId, state.Status.DisplayName().ZhCn, state.Status.DisplayName().En));
            var result = interpreter.Cancel(workflow, state, scope.UserName);
            return await SaveStepAsync(record, result, cancellationToken);
        }, cancellationToken);

    private async Task<WorkflowInstanceState> ResumeLoadedAsync(string instanceId, string bookmarkId, HumanTaskRecord? task, ResumeStimulus stimulus, CancellationToken cancellationToken)
    {
        var (record, state, workflow) = await LoadAsync(instanceId, Caller.System, cancellationToken);
        Activity.Current?.SetTag("approvals.task", task?.Id);
        using var logScope = logger.BeginScope(new Dictionary<string, object?> { ["InstanceId"] = instanceId, ["TaskId"] = task?.Id, ["CorrelationId"] = record.CorrelationId });
        var resumed = state.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        var result = await interpreter.ResumeAsync(workflow, state, bookmarkId, stimulus, cancellationToken);
        // A task's bookmark resumed by other means than its completion (an escalation taking "Overdue") closes the task too.
        task ??= await db.HumanTasks.FindByBookmarkAsync(bookmarkId, cancellationToken);
        // The decision carries the time of the step it caused, so a status it set is dated with it, never before it.
        await writer.CloseResumedAsync(db, bookmarkId, resumed, task, stimulus, result.State.UpdatedAt, cancellationToken);
        // The decision goes onto the chain before the lines of the step it caused.
        if (task is not null)
            InstanceAuditChain.Append(record, task);
        return await SaveStepAsync(record, result, cancellationToken);
    }

    /// <summary>The instance, when it is in the scope's district: another district's is refused exactly like a missing one.</summary>
    private async Task<(WorkflowInstanceRecord, WorkflowInstanceState, CompiledWorkflow)> LoadAsync(string instanceId, Caller scope, CancellationToken cancellationToken)
    {
        var record = await (scope.VisibleDistrict is { } district ? loads.InstanceInDistrict(db, instanceId, district, cancellationToken) : loads.Instance(db, instanceId, cancellationToken))
            ?? throw WorkflowRefusals.NoInstance(instanceId);
        Activity.Current?.SetTag("approvals.instance", record.Id).SetTag("approvals.correlation", record.CorrelationId);
        var workflow = await workflows.GetAsync(db, record.DefinitionId, record.DefinitionVersion, cancellationToken);
        return (record, WorkflowStateJson.Deserialize(record.StateJson), workflow);
    }

    private async Task<WorkflowInstanceState> SaveStepAsync(WorkflowInstanceRecord record, ExecutionResult result, CancellationToken cancellationToken)
    {
        writer.Update(record, result);
        await writer.WriteAsync(db, record, result, cancellationToken);
        await SaveAndDispatchAsync(cancellationToken);
        return result.State;
    }

    private async Task SaveAndDispatchAsync(CancellationToken cancellationToken)
    {
        var outgoing = await committer.CommitAsync(db, cancellationToken);
        // Inside the caller's own transaction nothing is committed yet: a job queued now could look for rows it
        // cannot see. The caller hands them over once it committed (DispatchHeldAsync).
        if (db.Database.CurrentTransaction is not null)
            _held.AddRange(outgoing);
        else if (outgoing.Count > 0)
            outbox.Post(outgoing);
    }

    /// <summary>
    /// Hands to the job queue the outbox rows of steps run inside the caller's transaction, after the caller committed
    /// it. Should the process die first, the rows stay Pending and the sweeper hands them over; a row of a transaction
    /// that was rolled back is never claimed by its job (the claim is a conditional update).
    /// </summary>
    public Task DispatchHeldAsync(CancellationToken cancellationToken)
    {
        List<OutboxMessage> held = [.. _held];
        _held.Clear();
        if (held.Count > 0)
            outbox.Post(held);
        return Task.CompletedTask;
    }

    private async Task<WorkflowInstanceState> WithRetriesAsync(string kind, Func<Task<WorkflowInstanceState>> step, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = ApprovalsTelemetry.Steps.StartActivity($"engine step {kind}");
        await using var connection = await StepConnection.OpenAsync(db, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var state = await step();
                metrics.StepCommitted(kind, Stopwatch.GetElapsedTime(started));
                return state;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                metrics.CommitRetried("revision");
            }
            // A step that lost a race for a unique value (a number another node wrote meanwhile by another way, such as a
            // registry import) is re-run as well: nothing of it was saved, and the fresh run computes the value again.
            catch (DbUpdateException ex) when (attempt < MaxAttempts && UniqueViolation.Is(ex))
            {
                db.ChangeTracker.Clear();
                metrics.CommitRetried("unique-value");
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
