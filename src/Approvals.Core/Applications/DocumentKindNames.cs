using Approvals.Text;

namespace Approvals.Core.Applications;

public static class DocumentKindNames
{
    public static LocalizedText DisplayName(this DocumentKind kind) => kind switch
    {
        DocumentKind.ApplicationForm => Texts.Text(Texts.DocumentKindNames_ApplicationForm),
        DocumentKind.QualificationCertificate => Texts.Text(Texts.DocumentKindNames_RegisteredMetrologistQualificationCertificate),
        DocumentKind.ProjectAssessmentCertificate => Texts.Text(Texts.DocumentKindNames_MetrologyProjectAssessmentCertificate),
        DocumentKind.VerifierCertificate => Texts.Text(Texts.DocumentKindNames_MetrologyVerifierCertificate),
        DocumentKind.IdCard => Texts.Text(Texts.DocumentKindNames_IdentityCard),
        DocumentKind.Photo => Texts.Text(Texts.DocumentKindNames_Photo),
        DocumentKind.EmploymentProof => Texts.Text(Texts.DocumentKindNames_ProofOfEmployment),
        DocumentKind.RegistrationCertificate => Texts.Text(Texts.DocumentKindNames_RegistrationCertificate),
        DocumentKind.EmploymentContract => Texts.Text(Texts.DocumentKindNames_EmploymentContract),
        DocumentKind.Evidence => Texts.Text(Texts.DocumentKindNames_Evidence),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
    };
}
