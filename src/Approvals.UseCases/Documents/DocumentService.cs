using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Documents;
using Approvals.UseCases.Data;
using Approvals.Workflows.Contracts;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Cases;

namespace Approvals.UseCases.Documents;

/// <summary>
/// Uploads (inspected by content; a refused upload stores nothing), deletions and downloads of an
/// application's documents. Only the applicant changes them; the applicant and the reviewers of the
/// districts involved read them (<see cref="ApplicationAccess.CanView"/>). A content file shared by several rows is
/// written and deleted only under its claim (<see cref="DocumentContents"/>), so no row is ever left without its file.
/// </summary>
public sealed class DocumentService(
    IApprovalsDbContext db,
    ApplicationService applications,
    UploadInspector inspector,
    IDocumentStore store,
    IDocumentContents contents,
    IIdGenerator ids,
    TimeProvider clock)
{
    public async Task<DocumentView> UploadAsync(Caller caller, string applicationId, DocumentKind kind, Stream content, string? fileName, CancellationToken cancellationToken)
    {
        var application = await applications.EditableAsync(caller, applicationId, cancellationToken);
        var inspection = await inspector.InspectAsync(content, fileName, cancellationToken);
        if (inspection.Accepted is not { } accepted)
            throw new UploadRefusedException(inspection.Findings);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await StoreAsync(application.Id, kind, accepted, caller.UserId, cancellationToken);
        application.RecordEdit(document.UploadedAt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return document.View();
    }

    /// <summary>Every file inspected; when any is refused, all their findings at once and nothing stored.</summary>
    /// <exception cref="UploadRefusedException">a file was refused.</exception>
    internal async Task<IReadOnlyList<AcceptedUpload>> InspectAllAsync(IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        var accepted = new List<AcceptedUpload>();
        var findings = new List<Core.Findings.Finding>();
        foreach (var file in files)
        {
            var inspection = await inspector.InspectAsync(file.Content, file.FileName, cancellationToken);
            if (inspection.Accepted is { } ok)
                accepted.Add(ok);
            else
                findings.AddRange(inspection.Findings);
        }
        return findings.Count > 0 ? throw new UploadRefusedException(findings) : accepted;
    }

    /// <summary>
    /// Adds an accepted upload to a case inside the caller's transaction, its content written under its claim: a
    /// deletion of the same content either finished before (and the file is written again here) or waits until this
    /// row is committed (and then sees it).
    /// </summary>
    internal async Task<ApplicationDocument> StoreAsync(string applicationId, DocumentKind kind, AcceptedUpload accepted, string uploadedBy, CancellationToken cancellationToken)
    {
        await contents.ClaimAsync(accepted.Sha256, accepted.Size, cancellationToken);
        await contents.EnsureStoredAsync(accepted.Sha256, accepted.Content, cancellationToken);
        var document = new ApplicationDocument
        {
            Id = ids.NewId(),
            ApplicationId = applicationId,
            Kind = kind,
            FileName = accepted.FileName,
            ContentType = accepted.ContentType,
            Size = accepted.Size,
            Sha256 = accepted.Sha256,
            UploadedBy = uploadedBy,
            UploadedAt = clock.GetUtcNow(),
        };
        db.ApplicationDocuments.Add(document);
        return document;
    }

    public async Task DeleteAsync(Caller caller, string applicationId, string documentId, CancellationToken cancellationToken)
    {
        var application = await applications.EditableAsync(caller, applicationId, cancellationToken);
        var document = await db.ApplicationDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId, cancellationToken)
            ?? throw CaseRefusals.NoDocument(applicationId, documentId);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await contents.ClaimAsync(document.Sha256, document.Size, cancellationToken);
            db.ApplicationDocuments.Remove(document);
            application.RecordEdit(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        // Only once the removal is committed: a failed commit must not leave the row without its file.
        await contents.ReleaseIfUnusedAsync(document.Sha256, cancellationToken);
    }

    public async Task<(DocumentView Document, Stream Content)> OpenAsync(Caller caller, string applicationId, string documentId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !ApplicationAccess.CanView(application, caller))
            throw CaseRefusals.NoApplication(applicationId);
        var document = await db.ApplicationDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId, cancellationToken)
            ?? throw CaseRefusals.NoDocument(applicationId, documentId);
        if (CaseReadLog.Add(db, application, caller, "document:" + document.Id, clock.GetUtcNow()))
            await db.SaveChangesAsync(cancellationToken);
        var content = await store.OpenReadAsync(document.Sha256, cancellationToken)
            ?? throw new InvalidOperationException($"Document '{documentId}' is recorded but its content {document.Sha256} is missing from the store.");
        return (document.View(), content);
    }
}
