namespace Approvals.Core.Applications;

/// <summary>
/// The documents each application type needs unless the settings say otherwise
/// (<see cref="Documents.DocumentOptions.RequiredDocuments"/>).
/// </summary>
/// <remarks>
/// Initial registration: application form, qualification certificate, a project assessment certificate or
/// the old verifier certificate per registered project, ID card, photo, employment proof. Renewal follows
/// the same pattern with the registration being renewed in place of the qualification and project
/// certificates. Mutual recognition: the existing registration (or certificate) and the new employer's
/// contract.
/// </remarks>
public static class RequiredDocuments
{
    public static IReadOnlyList<DocumentRequirement> Default(ApplicationType type) => type switch
    {
        ApplicationType.InitialRegistration =>
        [
            DocumentRequirement.One(DocumentKind.ApplicationForm),
            DocumentRequirement.One(DocumentKind.QualificationCertificate),
            DocumentRequirement.EachProjectOneOf(DocumentKind.ProjectAssessmentCertificate, DocumentKind.VerifierCertificate),
            DocumentRequirement.One(DocumentKind.IdCard),
            DocumentRequirement.One(DocumentKind.Photo),
            DocumentRequirement.One(DocumentKind.EmploymentProof),
        ],
        ApplicationType.Renewal =>
        [
            DocumentRequirement.One(DocumentKind.ApplicationForm),
            DocumentRequirement.One(DocumentKind.RegistrationCertificate),
            DocumentRequirement.One(DocumentKind.IdCard),
            DocumentRequirement.One(DocumentKind.Photo),
            DocumentRequirement.One(DocumentKind.EmploymentProof),
        ],
        ApplicationType.RegistrationRecognition =>
        [
            DocumentRequirement.One(DocumentKind.RegistrationCertificate),
            DocumentRequirement.One(DocumentKind.EmploymentContract),
        ],
        ApplicationType.CertificateRecognition =>
        [
            new DocumentRequirement([DocumentKind.ProjectAssessmentCertificate, DocumentKind.VerifierCertificate]),
            DocumentRequirement.One(DocumentKind.EmploymentContract),
        ],
        // What else a change needs depends on what changes (ChangeOfRegistration.Documents).
        ApplicationType.Change =>
        [
            DocumentRequirement.One(DocumentKind.ApplicationForm),
        ],
        ApplicationType.Cancellation => [DocumentRequirement.One(DocumentKind.ApplicationForm)],
        ApplicationType.Revocation => [DocumentRequirement.One(DocumentKind.Evidence)],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown application type."),
    };
}
