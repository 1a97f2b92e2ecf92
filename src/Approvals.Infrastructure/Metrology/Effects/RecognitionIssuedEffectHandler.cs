using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>Writes a recognition into the registry and its number (the first, when there are several) onto the application.</summary>
internal sealed class RecognitionIssuedEffectHandler(IIdGenerator ids) : ActivityEffectHandler<RecognitionIssued>
{
    protected override async ValueTask ApplyAsync(RecognitionIssued issued, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.CaseDrivenByAsync(issued.ApplicationId, state, cancellationToken);
        var person = await RegistryParties.PersonOfAsync(db, application, ids, cancellationToken);
        var employer = await RegistryParties.EmployerOfAsync(db, application, ids, cancellationToken);
        db.Recognitions.Add(new Recognition
        {
            Id = ids.NewId(),
            Number = issued.Number,
            Kind = issued.Kind,
            Level = issued.Level,
            PersonId = person.Id,
            EnterpriseId = employer.Id,
            RecognisedNumber = issued.RecognisedNumber,
            OriginDistrictCode = issued.OriginDistrictCode,
            DistrictCode = issued.DistrictCode,
            ValidFrom = issued.ValidFrom,
            ValidTo = issued.ValidTo,
            Status = RegistrationStatus.Active,
            ApplicationId = application.Id,
            IssuedAt = issued.IssuedAt,
        });
        // The case shows the first number when one application recognises several certificates.
        application.RecordIssued(issued.Number, state.UpdatedAt);
    }
}
