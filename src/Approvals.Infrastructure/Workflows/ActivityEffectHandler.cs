using Approvals.Infrastructure.Persistence;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Workflows;

/// <summary>A handler of one type of effect that activities emit, given the effect typed and the state of its step.</summary>
public abstract class ActivityEffectHandler<TEffect> : IStepEffectHandler where TEffect : WorkflowEffect
{
    public bool Handles(StepEffect effect) => effect is ActivityEffect { Effect: TEffect };

    public ValueTask ApplyAsync(StepEffect effect, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var emitted = (ActivityEffect)effect;
        return ApplyAsync((TEffect)emitted.Effect, emitted.State, db, cancellationToken);
    }

    protected abstract ValueTask ApplyAsync(TEffect effect, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken);
}
