using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.Core.Workflow;

/// <summary>
/// Something an application claims that another authority issued: a registration (to recognise) or a project
/// assessment / verifier certificate. The registry confirms it when it holds the record; otherwise another zone
/// district's reviewers answer, and for a provincial, city or national issuer (no reviewers on the platform) the
/// deciding district's reviewer verifies it with the issuer named.
/// </summary>
/// <param name="Subject"><c>Registration</c>, or a <see cref="ProjectCertificateKind"/> name.</param>
/// <param name="IssuingDistrictCode">The issuer's division code (empty for a national issuer).</param>
/// <param name="IssuerCode">The issuer's code in <c>reference/issuers.json</c>, when the form named one.</param>
/// <param name="Field">The form field that holds the number, where the applicant corrects a mistyped one.</param>
public sealed record VerificationSubject(string Subject, string Number, string IssuingDistrictCode, string? IssuerCode = null, string? Field = null)
{
    public const string Registration = "Registration";

    /// <summary>What is to be verified, as the documents are named (注册证书, 计量专业项目考核合格证, 计量检定员证).</summary>
    public LocalizedText DisplayName() => Subject switch
    {
        Registration => DocumentKind.RegistrationCertificate.DisplayName(),
        nameof(ProjectCertificateKind.ProjectAssessment) => DocumentKind.ProjectAssessmentCertificate.DisplayName(),
        nameof(ProjectCertificateKind.Verifier) => DocumentKind.VerifierCertificate.DisplayName(),
        _ => new LocalizedText(Subject, Subject),
    };

    /// <summary>
    /// Every claim of the application issued by another zone district, or by a listed issuer outside the zone's
    /// districts (provincial, city, national).
    /// </summary>
    public static IReadOnlyList<VerificationSubject> For(Application application, DistrictDirectory districts)
    {
        var subjects = new List<VerificationSubject>();
        // The registration's district is the registry's (the number is opaque); one the registry does not hold is never
        // sent out: the automatic check has already asked for the number to be corrected.
        if (application.Type == ApplicationType.RegistrationRecognition
            && application.RegistrationNumber is { } number
            && application.NamedRegistrationDistrictCode is { } heldIn
            && heldIn != application.DistrictCode)
        {
            subjects.Add(new VerificationSubject(Registration, number, heldIn, Field: "registrationNumber"));
        }
        if (application.Type is ApplicationType.InitialRegistration or ApplicationType.CertificateRecognition or ApplicationType.Change)
        {
            subjects.AddRange(application.Certificates
                .Select((c, index) => (c, index))
                .Where(x => districts.IsInZone(x.c.IssuingDistrictCode)
                    ? x.c.IssuingDistrictCode != application.DistrictCode
                    : districts.Issuers.Find(x.c.IssuerCode) is not null)
                .Select(x => new VerificationSubject(x.c.Kind.ToString(), x.c.Number.Trim(), x.c.IssuingDistrictCode, x.c.IssuerCode, $"certificates[{x.index}].number")));
        }
        return subjects;
    }
}
