using Approvals.Infrastructure.Workflows.Commit;

namespace Approvals.Testing.StepCommits;

/// <summary>Signals when a number of steps, counted from when it is armed, have decided everything and are about to write.</summary>
public sealed class WriteArrivals : IStepCommitObserver
{
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = int.MaxValue;
    private int _arrived;

    public Task ExpectAsync(int steps)
    {
        _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _arrived, 0);
        Interlocked.Exchange(ref _expected, steps);
        return _reached.Task;
    }

    public void BeforeWrite(IReadOnlyList<CommittedInstance> instances)
    {
        if (Interlocked.Increment(ref _arrived) == Volatile.Read(ref _expected))
            _reached.TrySetResult();
    }

    public void BeforeCommit(IReadOnlyList<CommittedInstance> instances)
    {
    }

    public void AfterCommit(IReadOnlyList<CommittedInstance> instances)
    {
    }
}
