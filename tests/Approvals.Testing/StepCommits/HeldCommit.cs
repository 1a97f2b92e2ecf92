using Approvals.Infrastructure.Workflows.Commit;

namespace Approvals.Testing.StepCommits;

/// <summary>Holds the next step that commits after its rows are written, until the test releases it.</summary>
public sealed class HeldCommit : IStepCommitObserver
{
    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    /// <summary>Completes when the held step has written its rows and waits to commit.</summary>
    public Task Written => _written.Task;

    public void HoldNext() => Interlocked.Exchange(ref _armed, 1);

    public void Release() => _released.TrySetResult();

    public void BeforeCommit(IReadOnlyList<CommittedInstance> instances)
    {
        if (Interlocked.Exchange(ref _armed, 0) != 1)
            return;
        _written.TrySetResult();
        // The observer is synchronous by design; blocking here is what keeps the step's transaction open.
        _released.Task.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
    }

    public void AfterCommit(IReadOnlyList<CommittedInstance> instances)
    {
    }
}
