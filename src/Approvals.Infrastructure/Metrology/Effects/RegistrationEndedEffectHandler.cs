using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>Ends a registration (cancelled or revoked) and records the day and the reason in its history, with the step.</summary>
internal sealed class RegistrationEndedEffectHandler : ActivityEffectHandler<RegistrationEnded>
{
    protected override async ValueTask ApplyAsync(RegistrationEnded ended, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.CaseDrivenByAsync(ended.ApplicationId, state, cancellationToken);
        var registration = await db.Registrations.FirstAsync(r => r.Number == ended.Number, cancellationToken);
        registration.Status = ended.Status;
        var kind = ended.Status == RegistrationStatus.Revoked ? RegistrationEvent.Revoked : RegistrationEvent.Cancelled;
        db.RegistrationHistory.Add(RegistrationHistoryEntry.ByCase(registration, kind, application.Id, ended.At, reason: ended.Reason));
    }
}
