using System.Collections.Concurrent;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>Completes a task when a committed step leaves an instance in a given status: tests wait on it, never sleep.</summary>
public sealed class InstanceSignals : IStepCommitObserver
{
    private readonly ConcurrentDictionary<(string, WorkflowStatus), TaskCompletionSource> _waiters = new();

    public Task WhenAsync(string instanceId, WorkflowStatus status) => Waiter((instanceId, status)).Task;

    public void BeforeCommit(IReadOnlyList<CommittedInstance> instances)
    {
    }

    public void AfterCommit(IReadOnlyList<CommittedInstance> instances)
    {
        foreach (var instance in instances)
            Waiter((instance.Id, instance.Status)).TrySetResult();
    }

    private TaskCompletionSource Waiter((string, WorkflowStatus) key) =>
        _waiters.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
