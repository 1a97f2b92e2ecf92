using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Workflows.Runtime;

namespace Approvals.Benchmarks;

/// <summary>Counts the instances one node's steps finished: the share of a timer burst each node ran.</summary>
internal sealed class FinishedInstances : IStepCommitObserver
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void BeforeCommit(IReadOnlyList<CommittedInstance> instances)
    {
    }

    public void AfterCommit(IReadOnlyList<CommittedInstance> instances)
    {
        foreach (var instance in instances)
        {
            if (instance.Status == WorkflowStatus.Finished)
                Interlocked.Increment(ref _count);
        }
    }
}
