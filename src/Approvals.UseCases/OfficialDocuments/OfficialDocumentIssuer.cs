using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.UseCases.Data;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>
/// Documents of steps taken before documents were issued with their step (<see cref="StepDocuments"/>): on the first
/// read of such a case, each change of status without its document gets one, dated by its step, and the certificate
/// of what was issued when it has none; a correction round or statement wait only while it is the case's open one,
/// since its deadline is gone once closed. A case whose steps all have theirs is only read.
/// </summary>
public sealed class OfficialDocumentIssuer(IApprovalsDbContext db, DistrictDirectory districts)
{
    // A concurrent first read of the same case makes the save fail; the next try sees what the other saved.
    private const int Attempts = 5;

    public async Task IssueMissingAsync(Application application, CancellationToken cancellationToken)
    {
        if (application.DistrictCode is null || districts.FindByCode(application.DistrictCode) is not { } district)
            return;
        var facts = new CaseFacts(application, district);
        for (var attempt = 1; ; attempt++)
        {
            var added = await AddMissingAsync(facts, cancellationToken);
            if (added.Count == 0)
                return;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                foreach (var document in added)
                    db.Entry(document).State = EntityState.Detached;
            }
        }
    }

    private async Task<List<IssuedDocument>> AddMissingAsync(CaseFacts facts, CancellationToken cancellationToken)
    {
        var application = facts.Application;
        var issued = await db.IssuedDocuments.AsNoTracking().Where(d => d.ApplicationId == application.Id)
            .Select(d => new { d.Occasion, d.TimelineEntryId }).ToListAsync(cancellationToken);
        var steps = await db.ApplicationTimeline.AsNoTracking().Where(e => e.ApplicationId == application.Id && e.Notice == null)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var lastStep = steps.LastOrDefault();
        List<IssuedDocument> added = [];
        foreach (var step in steps.Where(s => issued.All(d => d.TimelineEntryId != s.Id && d.Occasion != StepOccasion(s))))
        {
            var content = await CaseDocuments.ForStepAsync(db, facts, step,
                kind => step == lastStep ? CaseDocuments.OpenWaitDueAsync(db, application.InstanceId, kind, cancellationToken) : Task.FromResult<DateTimeOffset?>(null),
                cancellationToken);
            if (content is null)
                continue;
            added.Add(CaseDocuments.Add(db, facts, content, StepOccasion(step), step.At, step));
        }
        if (application.Status == ApplicationStatus.Approved && application.IssuedNumber is { } number && issued.All(d => d.Occasion != CaseDocuments.RegistryOccasion(number)))
        {
            await CaseDocuments.AddCertificateAsync(db, facts, number, steps.LastOrDefault(s => s.Status == ApplicationStatus.Approved)?.At, cancellationToken);
            added.AddRange(db.IssuedDocuments.Local.Where(d => d.Occasion == CaseDocuments.RegistryOccasion(number) && db.Entry(d).State == EntityState.Added));
        }
        return added;
    }

    private static string StepOccasion(ApplicationTimelineEntry step) => $"t:{step.Id}";
}
