using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Registry;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;
using Approvals.Text;
using Approvals.UseCases.Cases;

namespace Approvals.UseCases.Certificates;

/// <summary>
/// The certificate of an approved case, as a PDF: for whoever may read the case's documents
/// (<see cref="ApplicationAccess.CanView"/>), once the case has issued a registration or recognition.
/// </summary>
public sealed class CertificateService(IApprovalsDbContext db, DistrictDirectory districts, ICertificatePdf pdf)
{
    /// <exception cref="NotFoundRefusal">no such case, or one the caller may not see.</exception>
    /// <exception cref="ConflictRefusal">the case has issued nothing (yet).</exception>
    public async Task<(string FileName, byte[] Pdf)> RenderAsync(Caller caller, string applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !ApplicationAccess.CanView(application, caller))
            throw CaseRefusals.NoApplication(applicationId);
        if (application.IssuedNumber is not { } number)
            throw new ConflictRefusal(Texts.Text(Texts.CertificateService_ApplicationIsCertificateExistsOnlyOnce, application.Status.DisplayName().ZhCn, application.Status));
        var content = await RegistrationAsync(number, cancellationToken) ?? await RecognitionAsync(number, cancellationToken)
            ?? throw new InvalidOperationException($"Application '{applicationId}' issued '{number}', which the registry does not hold.");
        return ($"{number}.pdf", pdf.Render(content with { CaseNumber = application.CaseNumber, Decision = DecisionTexts.For(application.Type) }));
    }

    private async Task<CertificateContent?> RegistrationAsync(string number, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.AsNoTracking().Include(r => r.Person).Include(r => r.Enterprise)
            .FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
        if (registration is null)
            return null;
        var level = registration.Level.DisplayName();
        var district = District(registration.DistrictCode);
        return new CertificateContent(registration.Number, Texts.Text(Texts.CertificateService_RegisteredMetrologistRegistrationCertificate).ZhCn, Texts.Text(Texts.CertificateService_RegisteredMetrologistRegistrationCertificate).En,
            registration.Person!.Name, registration.Person.IdNumber, level.ZhCn, level.En, registration.Enterprise!.Name, registration.Projects,
            district.Name, district.NameEn, district.Code, district.Bureau, registration.ValidFrom, registration.ValidTo,
            DateOnly.FromDateTime(registration.IssuedAt.ToOffset(Core.Workflow.ZoneTime.Offset).DateTime), null);
    }

    private async Task<CertificateContent?> RecognitionAsync(string number, CancellationToken cancellationToken)
    {
        var recognition = await db.Recognitions.AsNoTracking().Include(r => r.Person).FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
        if (recognition is null)
            return null;
        var employer = recognition.EnterpriseId is null ? null : await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == recognition.EnterpriseId, cancellationToken);
        var level = recognition.Level?.DisplayName();
        var district = District(recognition.DistrictCode);
        return new CertificateContent(recognition.Number, Texts.Text(Texts.CertificateService_CrossDistrictRecognitionCertificate).ZhCn, Texts.Text(Texts.CertificateService_CrossDistrictRecognitionCertificate).En,
            recognition.Person!.Name, recognition.Person.IdNumber, level?.ZhCn, level?.En, employer?.Name ?? "-", [],
            district.Name, district.NameEn, district.Code, district.Bureau, recognition.ValidFrom, recognition.ValidTo,
            DateOnly.FromDateTime(recognition.IssuedAt.ToOffset(Core.Workflow.ZoneTime.Offset).DateTime), recognition.RecognisedNumber);
    }

    private District District(string code) =>
        districts.FindByCode(code) ?? throw new InvalidOperationException($"District '{code}' of a registry record is not a zone district.");
}
