using Approvals.Infrastructure.Persistence;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// Applies an effect type the runtime does not know itself (a domain effect such as writing the registry),
/// inside the step's unit of work: add or change entities on <paramref name="db"/>, never save.
/// </summary>
public interface IWorkflowEffectHandler
{
    bool CanHandle(WorkflowEffect effect);

    ValueTask ApplyAsync(WorkflowEffect effect, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken);
}
