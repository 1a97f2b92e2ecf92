using Approvals.Infrastructure.Persistence;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// Follows effects of a step inside the step's unit of work, before its commit: add or change entities on the
/// context, never save (the step's transaction saves them, or rolls them back with it). Register once as a singleton.
/// </summary>
public interface IStepEffectHandler
{
    bool Handles(StepEffect effect);

    ValueTask ApplyAsync(StepEffect effect, ApprovalsDbContext db, CancellationToken cancellationToken);
}
