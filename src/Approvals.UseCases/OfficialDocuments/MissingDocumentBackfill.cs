using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.UseCases.Data;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>
/// Documents of steps taken before documents were issued with their step (<see cref="StepDocuments"/>): once, at
/// start-up, every such change of status across all cases gets its document, dated by its step, and every approved case
/// the certificate of what it issued; a correction round or statement wait only while it is the case's open one, since
/// its deadline is gone once closed. All are saved in one transaction, so each district's, year's and kind's numbers
/// follow the steps' times whichever case anyone reads first. Run again, or on a second node at the same moment, it
/// finds nothing left: the unique index on case, kind and occasion refuses the second save, whose retry then sees the first's.
/// The search reads every case, so it runs once per database: the run that finds nothing left records
/// <see cref="Name"/> as a <see cref="CompletedOneOffTask"/> in the same transaction, and later start-ups stop at that row
/// (steps issue their own documents, so no undocumented step can appear afterwards).
/// </summary>
public sealed class MissingDocumentBackfill(IApprovalsDbContext db, DistrictDirectory districts, TimeProvider clock)
{
    public const string Name = "MissingDocumentBackfill";

    private static readonly ApplicationStatus[] StatusesWithDocuments =
    [
        ApplicationStatus.Accepted, ApplicationStatus.AwaitingCorrections, ApplicationStatus.NotAccepted,
        ApplicationStatus.AwaitingStatement, ApplicationStatus.Approved, ApplicationStatus.Rejected,
    ];

    /// <returns>How many documents this run issued.</returns>
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        OneOffTasks.RunOnceAsync(db, Name, IssueMissingAsync, clock, cancellationToken);

    private async Task<int> IssueMissingAsync(CancellationToken cancellationToken)
    {
        List<IssuedDocument> added = [];
        foreach (var application in await CandidatesAsync(cancellationToken))
            if (application.DistrictCode is { } code && districts.FindByCode(code) is { } district)
                added.AddRange(await AddMissingAsync(new CaseFacts(application, district), cancellationToken));
        return added.Count;
    }

    /// <summary>Cases with a step that issues a document and has none under its id, or approved without the certificate of what they issued.</summary>
    private async Task<List<Application>> CandidatesAsync(CancellationToken cancellationToken)
    {
        var documented = db.IssuedDocuments.Where(d => d.TimelineEntryId != null).Select(d => d.TimelineEntryId!.Value);
        var withUndocumentedSteps = db.ApplicationTimeline
            .Where(e => e.Notice == null && StatusesWithDocuments.Contains(e.Status) && !documented.Contains(e.Id))
            .Select(e => e.ApplicationId);
        return await db.Applications.AsNoTracking()
            .Where(a => withUndocumentedSteps.Contains(a.Id)
                || (a.Status == ApplicationStatus.Approved && a.IssuedNumber != null && !db.IssuedDocuments.Any(d => d.ApplicationId == a.Id && d.Occasion == "r:" + a.IssuedNumber)))
            .ToListAsync(cancellationToken);
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
            added.AddRange(db.IssuedDocuments.Local.Where(d => d.ApplicationId == application.Id && d.Occasion == CaseDocuments.RegistryOccasion(number) && db.Entry(d).State == EntityState.Added));
        }
        return added;
    }

    private static string StepOccasion(ApplicationTimelineEntry step) => $"t:{step.Id}";
}
