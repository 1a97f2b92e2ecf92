using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Text;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Data;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>
/// The numbered documents of a case (notices, decisions, certificates), for whoever may read the case
/// (<see cref="ApplicationAccess.CanView"/>: the applicant, reviewers of the districts involved); anyone else, and
/// another case's number, finds nothing. Documents are issued with their steps (<see cref="StepDocuments"/>), those of steps
/// from before that once at start-up (<see cref="MissingDocumentBackfill"/>); listing or downloading only reads them.
/// </summary>
public sealed class OfficialDocumentService(IApprovalsDbContext db, IOfficialDocumentPdf pdf, TimeProvider clock)
{
    /// <exception cref="NotFoundRefusal">no such case, or one the caller may not see.</exception>
    public async Task<IReadOnlyList<OfficialDocumentView>> ListAsync(Caller caller, string applicationId, CancellationToken cancellationToken)
    {
        var application = await VisibleCaseAsync(caller, applicationId, cancellationToken);
        var issued = await db.IssuedDocuments.AsNoTracking().Where(d => d.ApplicationId == application.Id).ToListAsync(cancellationToken);
        // A certificate is issued with its decision, at the same moment, and follows it.
        return issued.OrderBy(d => d.IssuedAt).ThenBy(d => d.Kind.NumberPrefix() is null).ThenBy(d => d.Id).Select(OfficialDocumentView.Of).ToList();
    }

    /// <exception cref="NotFoundRefusal">no such case, one the caller may not see, or no document of that number in it.</exception>
    public async Task<(string FileName, byte[] Pdf)> RenderAsync(Caller caller, string applicationId, string number, CancellationToken cancellationToken)
    {
        var application = await VisibleCaseAsync(caller, applicationId, cancellationToken);
        var document = await db.IssuedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.ApplicationId == application.Id && d.Number == number, cancellationToken)
            ?? throw new NotFoundRefusal(Texts.Text(Texts.OfficialDocumentService_NoSuchDocument, applicationId, number));
        if (CaseReadLog.Add(db, application, caller, "notice:" + number, clock.GetUtcNow()))
            await db.SaveChangesAsync(cancellationToken);
        return Render(document);
    }

    /// <summary>The certificate of what the case issued.</summary>
    /// <exception cref="NotFoundRefusal">no such case, or one the caller may not see.</exception>
    /// <exception cref="ConflictRefusal">the case has issued nothing (yet).</exception>
    public async Task<(string FileName, byte[] Pdf)> RenderCertificateAsync(Caller caller, string applicationId, CancellationToken cancellationToken)
    {
        var application = await VisibleCaseAsync(caller, applicationId, cancellationToken);
        if (application.IssuedNumber is not { } number || application.Status != ApplicationStatus.Approved)
            throw new ConflictRefusal(Texts.Text(Texts.CertificateService_ApplicationIsCertificateExistsOnlyOnce, application.Status.DisplayName().ZhCn, application.Status));
        var certificate = await db.IssuedDocuments.AsNoTracking()
            .FirstAsync(d => d.ApplicationId == application.Id && d.Number == number
                && (d.Kind == OfficialDocumentKind.RegistrationCertificate || d.Kind == OfficialDocumentKind.RecognitionCertificate), cancellationToken);
        return Render(certificate);
    }

    private async Task<Application> VisibleCaseAsync(Caller caller, string applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !ApplicationAccess.CanView(application, caller))
            throw CaseRefusals.NoApplication(applicationId);
        return application;
    }

    private (string FileName, byte[] Pdf) Render(IssuedDocument document) =>
        ($"{document.Number}.pdf", pdf.Render(Content(document)));

    private static OfficialDocumentContent Content(IssuedDocument document) =>
        OfficialDocumentContents.Deserialize(document.ContentJson, document.Number);

}
