using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>What the automatic check needs to know beyond the application itself, read from the registry.</summary>
/// <param name="Application">The application with its documents.</param>
/// <param name="ActiveRegistration">An active registration of the same person (by ID number), if any.</param>
/// <param name="HasOtherOpenApplication">Another open application of the same person and type exists.</param>
/// <param name="RegistrationToRenew">The registration named by a renewal, if found.</param>
/// <param name="RegistrationToRecognise">The registration named by a registration recognition, if the registry has it.</param>
/// <param name="RegistrationToChange">The registration named by a change, with its holder and employer, if the registry has it.</param>
/// <param name="Qualification">The qualification certificate named by an initial registration, if the registry has it.</param>
/// <param name="RegistrationToEnd">The registration a cancellation or revocation names, with its holder, if the registry has it.</param>
/// <param name="HeldCertificates">The applicant's own project certificates in the registry (none read when the form claims none).</param>
/// <param name="NamedRecordKind">
/// What the registry holds under the number the case names (a registration, or a recognition of a registration or of a
/// certificate); null when it holds nothing under it. The number itself says nothing: it is an opaque identifier.
/// </param>
/// <param name="HeldRegistrationNumbers">The numbers of the applicant's own registrations and recognitions (by ID number), read when the form names a registration.</param>
/// <param name="HeldQualificationNumbers">The numbers of the applicant's own qualification certificates, read for an initial registration.</param>
public sealed record ApplicationCheckFacts(
    Application Application,
    Registration? ActiveRegistration,
    bool HasOtherOpenApplication,
    Registration? RegistrationToRenew,
    Registration? RegistrationToRecognise = null,
    RecordedQualification? Qualification = null,
    Registration? RegistrationToChange = null,
    Registration? RegistrationToEnd = null,
    IReadOnlyList<HeldCertificate>? HeldCertificates = null,
    RegistryRecordKind? NamedRecordKind = null,
    IReadOnlyList<string>? HeldRegistrationNumbers = null,
    IReadOnlyList<string>? HeldQualificationNumbers = null)
{
    /// <summary>The registry holds a recognition, not a registration, under the number named.</summary>
    public bool NamesARecognition => NamedRecordKind is RegistryRecordKind.RegistrationRecognition or RegistryRecordKind.CertificateRecognition;
}
