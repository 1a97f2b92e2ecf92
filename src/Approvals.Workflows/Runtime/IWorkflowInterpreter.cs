using Approvals.Text;

namespace Approvals.Workflows.Runtime;

/// <summary>
/// Runs a compiled flowchart from one state to the next: executes activities until every branch waits or
/// ends. Pure: works on a copy of the state, reads the clock from <see cref="TimeProvider"/>, touches no
/// storage. Faults become incidents; more than <c>MaxActivitiesPerStep</c> activities without a wait stop
/// the step with an incident.
/// </summary>
public interface IWorkflowInterpreter
{
    ValueTask<ExecutionResult> StartAsync(CompiledWorkflow workflow, StartWorkflowRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="NotWaitingRefusal">unknown bookmark, or the instance is not active.</exception>
    /// <exception cref="InvalidRefusal">an outcome the bookmark does not offer.</exception>
    ValueTask<ExecutionResult> ResumeAsync(CompiledWorkflow workflow, WorkflowInstanceState state, string bookmarkId, ResumeStimulus stimulus, CancellationToken cancellationToken = default);

    /// <summary>Re-executes the activity of an open incident with the current variables.</summary>
    ValueTask<ExecutionResult> RetryAsync(CompiledWorkflow workflow, WorkflowInstanceState state, string incidentId, string? actor, CancellationToken cancellationToken = default);

    /// <summary>Cancels every open bookmark and ends the instance as Cancelled.</summary>
    ExecutionResult Cancel(CompiledWorkflow workflow, WorkflowInstanceState state, string? actor);
}
