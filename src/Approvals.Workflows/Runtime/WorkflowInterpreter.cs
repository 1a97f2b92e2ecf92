using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Options;
using Approvals.Workflows.Registry;
using Microsoft.Extensions.Options;

namespace Approvals.Workflows.Runtime;

/// <inheritdoc cref="IWorkflowInterpreter"/>
/// <remarks>
/// Instance-level journal lines (started, finished, cancelled) have an empty activity id and the root type
/// ("Flowchart") as activity type.
/// </remarks>
public sealed class WorkflowInterpreter : IWorkflowInterpreter
{
    private readonly InterpreterServices _services;
    private readonly IIdGenerator _ids;
    private readonly TimeProvider _time;

    public WorkflowInterpreter(
        ActivityRegistry registry,
        IExpressionEvaluator expressions,
        IDueDateCalculator dueDates,
        IIdGenerator ids,
        TimeProvider time,
        IOptions<WorkflowEngineOptions> options)
    {
        _services = new InterpreterServices(registry, expressions, dueDates, ids, options.Value.MaxActivitiesPerStep);
        _ids = ids;
        _time = time;
    }

    public async ValueTask<ExecutionResult> StartAsync(CompiledWorkflow workflow, StartWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        var start = workflow.Definition.Root.Activities.FirstOrDefault(a => a.Type == StartActivity.TypeName)
            ?? throw new InvalidOperationException($"Workflow '{workflow.DefinitionId}' has no Start activity.");
        FlowGraph.For(workflow);
        var now = _time.GetUtcNow();
        var state = new WorkflowInstanceState
        {
            Id = request.InstanceId ?? _ids.NewId(),
            DefinitionId = workflow.DefinitionId,
            DefinitionVersion = workflow.Version,
            CorrelationId = request.CorrelationId,
            Variables = InitialVariables(workflow),
            Input = request.Input?.DeepClone().AsObject() ?? [],
            CreatedAt = now,
        };
        var step = new WorkflowStep(_services, workflow, state, now, cancellationToken);
        step.AddInstanceJournal(JournalEvent.InstanceStarted, request.Actor);
        step.Schedule(start);
        await step.RunAsync();
        return Result(step);
    }

    public async ValueTask<ExecutionResult> ResumeAsync(CompiledWorkflow workflow, WorkflowInstanceState state, string bookmarkId, ResumeStimulus stimulus, CancellationToken cancellationToken = default)
    {
        EnsureActive(state);
        if (state.Bookmarks.FindIndex(b => b.Id == bookmarkId) < 0)
            throw new NotWaitingRefusal(Texts.Text(Texts.WorkflowInterpreter_InstanceHasNoOpenBookmark, state.Id, bookmarkId));

        var step = new WorkflowStep(_services, workflow, InstanceStateCopy.Copy(state), _time.GetUtcNow(), cancellationToken);
        await step.ResumeAsync(step.State.Bookmarks.First(b => b.Id == bookmarkId), stimulus);
        await step.RunAsync();
        return Result(step);
    }

    public async ValueTask<ExecutionResult> RetryAsync(CompiledWorkflow workflow, WorkflowInstanceState state, string incidentId, string? actor, CancellationToken cancellationToken = default)
    {
        EnsureActive(state);
        var incident = state.Incidents.FirstOrDefault(i => i.Id == incidentId && i.ResolvedAt is null)
            ?? throw new NotFoundRefusal(Texts.Text(Texts.WorkflowInterpreter_InstanceHasNoOpenIncident, state.Id, incidentId));

        var now = _time.GetUtcNow();
        var step = new WorkflowStep(_services, workflow, InstanceStateCopy.Copy(state), now, cancellationToken);
        var index = step.State.Incidents.FindIndex(i => i.Id == incidentId);
        step.State.Incidents[index] = incident with { ResolvedAt = now };
        step.Effects.Add(new IncidentResolved(incidentId, now));
        var activity = workflow.ActivitiesById[incident.ActivityId];
        step.AddJournal(activity, JournalEvent.Retried, actor: actor);
        step.Schedule(activity);
        await step.RunAsync();
        return Result(step);
    }

    public ExecutionResult Cancel(CompiledWorkflow workflow, WorkflowInstanceState state, string? actor)
    {
        EnsureActive(state);
        var now = _time.GetUtcNow();
        var step = new WorkflowStep(_services, workflow, InstanceStateCopy.Copy(state), now, CancellationToken.None);
        foreach (var bookmark in step.State.Bookmarks)
        {
            step.Effects.Add(new BookmarkCancelled(bookmark.Id, "The instance was cancelled."));
            step.Journal.Add(new JournalEntry(now, bookmark.ActivityId, bookmark.ActivityType, JournalEvent.BookmarkCancelled, Actor: actor));
        }
        step.State.Bookmarks.Clear();
        step.State.Status = WorkflowStatus.Cancelled;
        step.State.UpdatedAt = now;
        step.State.FinishedAt = now;
        step.AddInstanceJournal(JournalEvent.InstanceCancelled, actor);
        return Result(step);
    }

    private static void EnsureActive(WorkflowInstanceState state)
    {
        if (state.Status is not (WorkflowStatus.Suspended or WorkflowStatus.Faulted))
            throw new NotWaitingRefusal(Texts.Text(Texts.WorkflowInterpreter_InstanceIsNotWaiting, state.Id, state.Status.DisplayName().ZhCn, state.Status));
    }

    private static JsonObject InitialVariables(CompiledWorkflow workflow)
    {
        var variables = new JsonObject();
        foreach (var variable in workflow.Definition.Variables)
            variables[variable.Name] = variable.Value?.DeepClone();
        return variables;
    }

    private static ExecutionResult Result(WorkflowStep step) => new(step.State, step.Journal, step.Effects);
}
