using Approvals.Core.Activities;
using Approvals.Core.Applications;
using Approvals.Core.Workflow;
using Approvals.UseCases.Data;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>
/// What a case's steps issue, composed from the case as it stands at the step, and the rows that keep it: one
/// document per acceptance, round of corrections, refusal to accept, revocation notice and decision, and the
/// certificate of what the registry wrote. Rows are only added; whoever saves them commits them with what they stem from.
/// </summary>
internal static class CaseDocuments
{
    /// <summary>The document a change of status issues; null when it issues none, or when the deadline it must state is unknown.</summary>
    /// <param name="dueOf">The deadline of the case's open wait of a bookmark kind (a correction round, the statement).</param>
    public static async Task<OfficialDocumentContent?> ForStepAsync(IApprovalsDbContext db, CaseFacts facts, ApplicationTimelineEntry step,
        Func<string, Task<DateTimeOffset?>> dueOf, CancellationToken cancellationToken)
    {
        var on = ZoneTime.Today(step.At);
        switch (step.Status)
        {
            case ApplicationStatus.Accepted:
                return OfficialDocumentTemplates.Acceptance(facts, on);
            case ApplicationStatus.AwaitingCorrections:
                return await dueOf(RequestCorrectionsActivity.BookmarkKind) is { } correctBy ? OfficialDocumentTemplates.Correction(facts, on, correctBy) : null;
            case ApplicationStatus.NotAccepted:
                return OfficialDocumentTemplates.RefusalToAccept(facts, on);
            case ApplicationStatus.AwaitingStatement:
                return await dueOf(AwaitStatementActivity.BookmarkKind) is { } stateBy ? OfficialDocumentTemplates.RevocationNotice(facts, on, stateBy) : null;
            case ApplicationStatus.Approved or ApplicationStatus.Rejected:
                var granted = step.Status == ApplicationStatus.Approved;
                var reason = granted ? null : await DecisionReasonAsync(db, facts.Application, cancellationToken);
                return OfficialDocumentTemplates.Decision(facts, on, granted, reason);
            default:
                return null;
        }
    }

    /// <summary>Adds the document; a numbered kind takes its number when the transaction that saves it does.</summary>
    /// <param name="step">The change of status it is issued with: one of this unit of work, or one saved before (by its id).</param>
    public static IssuedDocument Add(IApprovalsDbContext db, CaseFacts facts, OfficialDocumentContent content, string occasion, DateTimeOffset at,
        ApplicationTimelineEntry? step = null)
    {
        var document = new IssuedDocument
        {
            ApplicationId = facts.Application.Id, Kind = content.Kind, Occasion = occasion, DistrictCode = facts.District.Code, Year = ZoneTime.Today(at).Year,
            Number = content.Number, IssuedAt = at, ContentJson = OfficialDocumentContents.Serialize(content),
        };
        if (step is not null && db.Entry(step).State == EntityState.Added)
            document.TimelineEntry = step;
        else
            document.TimelineEntryId = step?.Id;
        db.IssuedDocuments.Add(document);
        return document;
    }

    /// <summary>The certificate of the registration or recognition <paramref name="number"/>, as the registry holds it (written in this step or before).</summary>
    /// <param name="decidedAt">When the case's approval was decided, if known: a change's certificate is dated by it, not by the registration's first issue.</param>
    public static async Task AddCertificateAsync(IApprovalsDbContext db, CaseFacts facts, string number, DateTimeOffset? decidedAt, CancellationToken cancellationToken)
    {
        var registration = db.Registrations.Local.FirstOrDefault(r => r.Number == number)
            ?? await db.Registrations.FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
        if (registration is not null)
        {
            registration.Person ??= await PersonAsync(db, registration.PersonId, cancellationToken);
            registration.Enterprise ??= await db.Enterprises.FindAsync([registration.EnterpriseId], cancellationToken);
            var issuedAt = decidedAt ?? registration.IssuedAt;
            Add(db, facts, OfficialDocumentTemplates.RegistrationCertificate(facts, registration, issuedAt), RegistryOccasion(number), issuedAt);
            return;
        }
        var recognition = db.Recognitions.Local.FirstOrDefault(r => r.Number == number)
            ?? await db.Recognitions.FirstOrDefaultAsync(r => r.Number == number, cancellationToken)
            ?? throw new InvalidOperationException($"Application '{facts.Application.Id}' issued '{number}', which the registry does not hold.");
        recognition.Person ??= await PersonAsync(db, recognition.PersonId, cancellationToken);
        var employer = recognition.EnterpriseId is null ? null : (await db.Enterprises.FindAsync([recognition.EnterpriseId], cancellationToken))?.Name;
        Add(db, facts, OfficialDocumentTemplates.RecognitionCertificate(facts, recognition, employer), RegistryOccasion(number), recognition.IssuedAt);
    }

    public static string RegistryOccasion(string number) => "r:" + number;

    /// <summary>The deadline of the instance's wait of that kind: one the step opened, else one still open.</summary>
    public static async Task<DateTimeOffset?> OpenWaitDueAsync(IApprovalsDbContext db, string? instanceId, string kind, CancellationToken cancellationToken) =>
        instanceId is null ? null
            : db.Bookmarks.Local.FirstOrDefault(b => b.InstanceId == instanceId && b.Kind == kind)?.DueAt
              ?? await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId && b.Kind == kind).Select(b => b.DueAt).FirstOrDefaultAsync(cancellationToken);

    private static async Task<Core.Registry.Person?> PersonAsync(IApprovalsDbContext db, string personId, CancellationToken cancellationToken) =>
        await db.Persons.FindAsync([personId], cancellationToken);

    /// <summary>The reviewer's reason: the comment of the last task completed on the case's procedure, this step's included.</summary>
    private static async Task<string?> DecisionReasonAsync(IApprovalsDbContext db, Application application, CancellationToken cancellationToken)
    {
        if (application.InstanceId is not { } instanceId)
            return null;
        var saved = await db.HumanTasks.AsNoTracking().Where(t => t.InstanceId == instanceId && t.CompletedAt != null)
            .Select(t => new { t.Id, t.CompletedAt, t.Comment }).ToListAsync(cancellationToken);
        var tracked = db.HumanTasks.Local.Where(t => t.InstanceId == instanceId && t.CompletedAt != null).Select(t => new { t.Id, t.CompletedAt, t.Comment }).ToList();
        return tracked.Concat(saved.Where(s => tracked.All(t => t.Id != s.Id))).OrderBy(t => t.CompletedAt).LastOrDefault()?.Comment;
    }
}
