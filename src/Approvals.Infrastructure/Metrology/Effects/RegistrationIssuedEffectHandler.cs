using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>
/// Writes an issued or renewed registration into the registry, with an Issued or Renewed entry in its history (a
/// renewal from the old validity to the new), and its number onto the application.
/// </summary>
internal sealed class RegistrationIssuedEffectHandler(IIdGenerator ids) : ActivityEffectHandler<RegistrationIssued>
{
    protected override async ValueTask ApplyAsync(RegistrationIssued issued, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.CaseDrivenByAsync(issued.ApplicationId, state, cancellationToken);
        var person = await RegistryParties.PersonOfAsync(db, application, ids, cancellationToken);
        var employer = await RegistryParties.EmployerOfAsync(db, application, ids, cancellationToken);

        var registration = issued.RenewedNumber is { } renewed
            ? await db.Registrations.FirstAsync(r => r.Number == renewed, cancellationToken)
            : db.Registrations.Add(new Registration { Id = ids.NewId(), Number = issued.Number, PersonId = person.Id, EnterpriseId = employer.Id, DistrictCode = issued.DistrictCode }).Entity;
        var validityBefore = issued.RenewedNumber is null ? null : RegistrationHistoryEntry.Validity(registration.ValidFrom, registration.ValidTo);
        registration.Level = issued.Level;
        registration.EnterpriseId = employer.Id;
        if (issued.RenewedNumber is null || application.Projects.Count > 0)
            registration.Projects = application.Projects.ToList();
        registration.ValidFrom = issued.ValidFrom;
        registration.ValidTo = issued.ValidTo;
        registration.Status = RegistrationStatus.Active;
        registration.ApplicationId = application.Id;
        registration.IssuedAt = issued.IssuedAt;
        db.RegistrationHistory.Add(RegistrationHistoryEntry.ByCase(registration, issued.RenewedNumber is null ? RegistrationEvent.Issued : RegistrationEvent.Renewed,
            application.Id, issued.IssuedAt, validityBefore, RegistrationHistoryEntry.Validity(issued.ValidFrom, issued.ValidTo)));

        application.RecordIssued(issued.Number, state.UpdatedAt);
    }
}
