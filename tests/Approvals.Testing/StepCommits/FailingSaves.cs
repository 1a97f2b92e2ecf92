using Approvals.Infrastructure.Workflows.Commit;

namespace Approvals.Testing.StepCommits;

/// <summary>Makes the next step fail before its commit, as a crash between two steps would.</summary>
public sealed class FailingSaves : IStepCommitObserver
{
    private int _armed;

    public void FailNextStep() => Interlocked.Exchange(ref _armed, 1);

    public void BeforeCommit(IReadOnlyList<CommittedInstance> instances)
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1)
            throw new IOException("Injected failure: the process died before the step was committed.");
    }

    public void AfterCommit(IReadOnlyList<CommittedInstance> instances)
    {
    }
}
