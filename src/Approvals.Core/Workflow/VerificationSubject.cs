using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Registry;

namespace Approvals.Core.Workflow;

/// <summary>
/// Something an application claims that another zone district issued: a registration (to recognise) or a
/// project assessment / verifier certificate. That district confirms it, from the registry or by a reviewer.
/// </summary>
/// <param name="Subject"><c>Registration</c>, or a <see cref="ProjectCertificateKind"/> name.</param>
public sealed record VerificationSubject(string Subject, string Number, string IssuingDistrictCode)
{
    public const string Registration = "Registration";

    /// <summary>Every claim of the application issued in a zone district other than the application's own.</summary>
    public static IReadOnlyList<VerificationSubject> For(Application application, DistrictDirectory districts)
    {
        var subjects = new List<VerificationSubject>();
        if (application.Type == ApplicationType.RegistrationRecognition
            && Registry.RegistrationNumber.TryParse(application.RegistrationNumber, out var number)
            && number.DistrictCode != application.DistrictCode)
        {
            subjects.Add(new VerificationSubject(Registration, number.ToString(), number.DistrictCode));
        }
        if (application.Type is ApplicationType.InitialRegistration or ApplicationType.CertificateRecognition)
        {
            subjects.AddRange(application.Certificates
                .Where(c => c.IssuingDistrictCode != application.DistrictCode && districts.IsInZone(c.IssuingDistrictCode))
                .Select(c => new VerificationSubject(c.Kind.ToString(), c.Number.Trim(), c.IssuingDistrictCode)));
        }
        return subjects;
    }
}
