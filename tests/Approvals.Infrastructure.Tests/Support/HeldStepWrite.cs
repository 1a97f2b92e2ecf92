using Approvals.Infrastructure.Workflows.Commit;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>
/// Holds the next step about to write (everything is loaded and decided, nothing is written and no lock is held)
/// until the test releases it, so another request can act in between.
/// </summary>
public sealed class HeldStepWrite : IStepCommitObserver
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    /// <summary>Completes when the held step has read everything and waits to write.</summary>
    public Task Reached => _reached.Task;

    public void HoldNext() => Interlocked.Exchange(ref _armed, 1);

    public void Release() => _released.TrySetResult();

    public void BeforeWrite(IReadOnlyList<CommittedInstance> instances)
    {
        if (Interlocked.Exchange(ref _armed, 0) != 1)
            return;
        _reached.TrySetResult();
        // The observer is synchronous by design; blocking here holds the step before it writes anything.
        _released.Task.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
    }

    public void BeforeCommit(IReadOnlyList<CommittedInstance> instances)
    {
    }

    public void AfterCommit(IReadOnlyList<CommittedInstance> instances)
    {
    }
}
