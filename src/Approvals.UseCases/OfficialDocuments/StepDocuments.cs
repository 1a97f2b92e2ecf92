using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>
/// Issues the documents of a step of a case with the step: each change of status the step made that calls for a
/// document (acceptance, each round of corrections with that round's items and deadline, refusal to accept, revocation
/// notice, decision), and the certificate when the step's approval wrote the registry. The rows join the step's unit of
/// work, so the step and its documents commit together or not at all, and each takes its number in that transaction.
/// </summary>
public sealed class StepDocuments(DistrictDirectory districts)
{
    public async Task IssueAsync(IApprovalsDbContext db, Application application, CancellationToken cancellationToken)
    {
        if (application.DistrictCode is null || districts.FindByCode(application.DistrictCode) is not { } district)
            return;
        var steps = application.Timeline.Where(e => e.Notice is null && db.Entry(e).State == EntityState.Added).ToList();
        if (steps.Count == 0)
            return;
        var facts = new CaseFacts(application, district);
        var issued = db.IssuedDocuments.Local.Where(d => d.ApplicationId == application.Id).ToList();
        foreach (var step in steps.Where(s => issued.All(d => d.TimelineEntry != s)))
        {
            var content = await CaseDocuments.ForStepAsync(db, facts, step,
                kind => CaseDocuments.OpenWaitDueAsync(db, application.InstanceId, kind, cancellationToken), cancellationToken);
            if (content is null)
                continue;
            CaseDocuments.Add(db, facts, content, $"s:{step.ActivityId}:{step.At.ToUnixTimeMilliseconds()}", step.At, step);
        }
        if (steps.Any(s => s.Status == ApplicationStatus.Approved) && application.IssuedNumber is { } number
            && issued.All(d => d.Occasion != CaseDocuments.RegistryOccasion(number)))
            await CaseDocuments.AddCertificateAsync(db, facts, number, steps.First(s => s.Status == ApplicationStatus.Approved).At, cancellationToken);
    }
}
