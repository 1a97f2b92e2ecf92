using Approvals.Core.Applications;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>
/// Follows SetStatus on the application driven by the instance (correlation id = application id): its status
/// and a timeline entry, in the step's transaction. A status that is not an <see cref="ApplicationStatus"/>
/// name, an instance without an application, an instance that is not the application's own procedure (SetStatus
/// is generic: any instance may show a status of its own), a decided case (approved, rejected, withdrawn: it
/// is never reopened) and a move the case does not allow (<see cref="Application.CanMoveTo"/>) change nothing here.
/// </summary>
internal sealed class ApplicationStatusEffectHandler : ActivityEffectHandler<PublicStatusChanged>
{
    protected override async ValueTask ApplyAsync(PublicStatusChanged changed, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ApplicationStatus>(changed.Status, ignoreCase: false, out var status) || !Enum.IsDefined(status))
            return;
        var application = await db.FindTrackedAsync(state.CorrelationId, cancellationToken);
        if (application is null || !application.IsDrivenBy(state.Id) || !application.CanMoveTo(status))
            return;
        application.MoveTo(status, state.UpdatedAt, changed.ActivityId);
    }
}
