using System.Text.Json;
using Approvals.Core.Activities;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Workflow;
using Approvals.UseCases.Data;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>
/// Issues the documents a case is due and has not had yet: one per acceptance, per round of corrections (while it
/// is open, when its items and deadline are known), per refusal to accept, per decision, and the certificate of
/// what was issued. Each is dated by the step it stems from, numbered once in its district's, year's and kind's
/// sequence, and kept with its text, so a later download shows the same number and words.
/// </summary>
public sealed class OfficialDocumentIssuer(IApprovalsDbContext db, DistrictDirectory districts)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // A concurrent issue of the same sequence number or occasion makes the save fail; the next try sees it.
    private const int Attempts = 5;

    public async Task IssueDueAsync(Application application, CancellationToken cancellationToken)
    {
        if (application.DistrictCode is null || districts.FindByCode(application.DistrictCode) is not { } district)
            return;
        var facts = new CaseFacts(application, district);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await IssueMissingAsync(facts, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                foreach (var entry in db.ChangeTracker.Entries<IssuedDocument>().Where(e => e.State == EntityState.Added).ToList())
                    entry.State = EntityState.Detached;
            }
        }
    }

    private async Task IssueMissingAsync(CaseFacts facts, CancellationToken cancellationToken)
    {
        var application = facts.Application;
        var issued = (await db.IssuedDocuments.AsNoTracking().Where(d => d.ApplicationId == application.Id).Select(d => d.Occasion).ToListAsync(cancellationToken)).ToHashSet();
        var steps = await db.ApplicationTimeline.AsNoTracking().Where(e => e.ApplicationId == application.Id && e.Notice == null)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var lastStep = steps.LastOrDefault();
        foreach (var step in steps.Where(s => !issued.Contains(Occasion(s))))
        {
            var on = ZoneTime.Today(step.At);
            switch (step.Status)
            {
                case ApplicationStatus.Accepted:
                    await IssueAsync(facts, OfficialDocumentKind.AcceptanceNotice, Occasion(step), step.At, n => OfficialDocumentTemplates.Acceptance(facts, n, on), cancellationToken);
                    break;
                case ApplicationStatus.AwaitingCorrections when step == lastStep && await OpenCorrectionsDueAsync(application, cancellationToken) is { } dueAt:
                    await IssueAsync(facts, OfficialDocumentKind.CorrectionNotice, Occasion(step), step.At, n => OfficialDocumentTemplates.Correction(facts, n, on, dueAt), cancellationToken);
                    break;
                case ApplicationStatus.NotAccepted:
                    await IssueAsync(facts, OfficialDocumentKind.RefusalToAccept, Occasion(step), step.At, n => OfficialDocumentTemplates.RefusalToAccept(facts, n, on), cancellationToken);
                    break;
                case ApplicationStatus.Approved or ApplicationStatus.Rejected:
                    var granted = step.Status == ApplicationStatus.Approved;
                    var reason = granted ? null : await DecisionReasonAsync(application, cancellationToken);
                    await IssueAsync(facts, OfficialDocumentKind.Decision, Occasion(step), step.At, n => OfficialDocumentTemplates.Decision(facts, n, on, granted, reason), cancellationToken);
                    break;
            }
        }
        if (application.Status == ApplicationStatus.Approved && application.IssuedNumber is { } number && !issued.Contains(RegistryOccasion(number)))
            await IssueCertificateAsync(facts, number, cancellationToken);
    }

    private async Task IssueCertificateAsync(CaseFacts facts, string number, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.AsNoTracking().Include(r => r.Person).Include(r => r.Enterprise).FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
        if (registration is not null)
        {
            await IssueAsync(facts, OfficialDocumentKind.RegistrationCertificate, RegistryOccasion(number), registration.IssuedAt,
                _ => OfficialDocumentTemplates.RegistrationCertificate(facts, registration), cancellationToken);
            return;
        }
        var recognition = await db.Recognitions.AsNoTracking().Include(r => r.Person).FirstOrDefaultAsync(r => r.Number == number, cancellationToken)
            ?? throw new InvalidOperationException($"Application '{facts.Application.Id}' issued '{number}', which the registry does not hold.");
        var employer = recognition.EnterpriseId is null ? null
            : await db.Enterprises.AsNoTracking().Where(e => e.Id == recognition.EnterpriseId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
        await IssueAsync(facts, OfficialDocumentKind.RecognitionCertificate, RegistryOccasion(number), recognition.IssuedAt,
            _ => OfficialDocumentTemplates.RecognitionCertificate(facts, recognition, employer), cancellationToken);
    }

    private async Task IssueAsync(CaseFacts facts, OfficialDocumentKind kind, string occasion, DateTimeOffset at,
        Func<string, OfficialDocumentContent> compose, CancellationToken cancellationToken)
    {
        var district = facts.District.Code;
        var year = ZoneTime.Today(at).Year;
        int? sequence = null;
        string number;
        if (kind.NumberPrefix() is { } prefix)
        {
            var last = await db.IssuedDocuments.Where(d => d.DistrictCode == district && d.Year == year && d.Kind == kind).MaxAsync(d => d.Sequence, cancellationToken);
            sequence = (last ?? 0) + 1;
            number = OfficialDocumentNumber.Format(prefix, district, year, sequence.Value);
        }
        else
        {
            number = occasion[RegistryPrefix.Length..];
        }
        var content = compose(number);
        db.IssuedDocuments.Add(new IssuedDocument
        {
            ApplicationId = facts.Application.Id, Kind = kind, Occasion = occasion, DistrictCode = district, Year = year, Sequence = sequence,
            Number = number, IssuedAt = at, ContentJson = JsonSerializer.Serialize(content, Json),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<DateTimeOffset?> OpenCorrectionsDueAsync(Application application, CancellationToken cancellationToken) =>
        application.Status != ApplicationStatus.AwaitingCorrections || application.InstanceId is not { } instanceId ? null
            : await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId && b.Kind == RequestCorrectionsActivity.BookmarkKind)
                .Select(b => b.DueAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The reviewer's reason: the comment of the last task completed on the case's procedure.</summary>
    private async Task<string?> DecisionReasonAsync(Application application, CancellationToken cancellationToken) =>
        application.InstanceId is not { } instanceId ? null
            : (await db.HumanTasks.AsNoTracking().Where(t => t.InstanceId == instanceId && t.CompletedAt != null).Select(t => new { t.CompletedAt, t.Comment })
                .ToListAsync(cancellationToken)).OrderBy(t => t.CompletedAt).LastOrDefault()?.Comment;

    private const string RegistryPrefix = "r:";

    private static string Occasion(ApplicationTimelineEntry step) => $"t:{step.Id}";

    private static string RegistryOccasion(string number) => RegistryPrefix + number;
}
