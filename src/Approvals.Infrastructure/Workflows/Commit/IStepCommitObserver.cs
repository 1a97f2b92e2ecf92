using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// Told about each step <see cref="StepCommitter"/> commits (the step's rows are written without EF's
/// SaveChanges, so SaveChanges interceptors do not see them). Register as a singleton; calls are synchronous.
/// </summary>
public interface IStepCommitObserver
{
    /// <summary>
    /// Before anything of the step is written and before it waits for the database's one writer: everything is
    /// loaded and decided, no lock is held. Throwing abandons the step.
    /// </summary>
    void BeforeWrite(IReadOnlyList<CommittedInstance> instances)
    {
    }

    /// <summary>Inside the transaction, after the rows were written; throwing rolls the step back.</summary>
    void BeforeCommit(IReadOnlyList<CommittedInstance> instances);

    /// <summary>After the transaction committed.</summary>
    void AfterCommit(IReadOnlyList<CommittedInstance> instances);
}

/// <summary>An instance row a step wrote, with the status it was left in.</summary>
public sealed record CommittedInstance(string Id, WorkflowStatus Status);
