using Approvals.Core.Access;
using Approvals.Workflows.Runtime;

namespace Approvals.UseCases.Instances;

/// <summary>
/// The runtime as pages, endpoints and case services drive it: start, resume, cancel, retry, and a reviewer's work on
/// a task. Infrastructure's <c>WorkflowRuntime</c> implements it and keeps the step commit.
/// </summary>
public interface IWorkflowRuntime
{
    Task<WorkflowInstanceState> StartAsync(InstanceStart start, CancellationToken cancellationToken);

    /// <summary>Resumes a bookmark (a timer, a reply, resubmitted corrections).</summary>
    Task<WorkflowInstanceState> ResumeAsync(string bookmarkId, ResumeStimulus stimulus, CancellationToken cancellationToken);

    /// <summary>Re-runs a faulted activity of an instance in the caller's district.</summary>
    Task<WorkflowInstanceState> RetryIncidentAsync(string instanceId, string incidentId, Caller scope, CancellationToken cancellationToken);

    /// <summary>Cancels an instance in the caller's district.</summary>
    Task<WorkflowInstanceState> CancelAsync(string instanceId, Caller scope, CancellationToken cancellationToken);

    Task ClaimTaskAsync(string taskId, Caller scope, CancellationToken cancellationToken);

    Task ReleaseTaskAsync(string taskId, Caller scope, CancellationToken cancellationToken);

    /// <summary>
    /// Hands an open task to <paramref name="colleague"/> (a user name the caller's use case has checked may take it),
    /// with <paramref name="note"/> on the instance's journal. The caller must hold the task, or may claim it, or be a regulator.
    /// </summary>
    Task ReassignTaskAsync(string taskId, string colleague, Approvals.Text.LocalizedText note, Caller scope, CancellationToken cancellationToken);

    /// <summary>Completes a task as the caller: in their scope, for their role, unclaimed or claimed by them.</summary>
    Task<WorkflowInstanceState> CompleteTaskAsync(string taskId, ResumeStimulus stimulus, Caller scope, CancellationToken cancellationToken);

    /// <summary>Hands the mail and timers of steps that ran inside the caller's transaction to the job queue, once it committed.</summary>
    Task DispatchHeldAsync(CancellationToken cancellationToken);
}
