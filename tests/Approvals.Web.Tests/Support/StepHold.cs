using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Commit;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Support;

/// <summary>A host whose steps a test can hold or fail (<see cref="StepHold"/>).</summary>
public interface IHoldsSteps
{
    StepHold Hold { get; }
}

/// <summary>
/// Holds the step of one armed case after its effects were applied and before its commit, until the test releases it;
/// or fails the commit of one case's step after its rows were written, as a crash would.
/// </summary>
public sealed class StepHold : IStepEffectHandler, IStepCommitObserver
{
    private volatile HeldStep? _armed;
    private volatile string? _failing;
    private int _failNextCommit;

    public HeldStep Arm(string correlationId) => _armed = new HeldStep(correlationId);

    public void FailCommitOf(string correlationId) => _failing = correlationId;

    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<IStepEffectHandler>(this);
        services.AddSingleton<IStepCommitObserver>(this);
    }

    public bool Handles(StepEffect effect) => effect is StepApplied;

    public async ValueTask ApplyAsync(StepEffect effect, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var correlation = ((StepApplied)effect).State.CorrelationId;
        if (correlation is not null && correlation == _failing)
        {
            _failing = null;
            Interlocked.Exchange(ref _failNextCommit, 1);
        }
        if (_armed is { } armed && armed.CorrelationId == correlation)
        {
            _armed = null;
            armed.Enter();
            await armed.Released;
        }
    }

    public void BeforeCommit(IReadOnlyList<CommittedInstance> instances)
    {
        if (Interlocked.Exchange(ref _failNextCommit, 0) == 1)
            throw new IOException("Injected failure: the step's commit failed after its rows were written.");
    }

    public void AfterCommit(IReadOnlyList<CommittedInstance> instances)
    {
    }
}

/// <summary>A step held by <see cref="StepHold"/>: it signals when it is held, and goes on when released.</summary>
public sealed class HeldStep(string correlationId)
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string CorrelationId => correlationId;

    public Task Entered => _entered.Task;

    public Task Released => _released.Task;

    public void Enter() => _entered.TrySetResult();

    public void Release() => _released.TrySetResult();
}
