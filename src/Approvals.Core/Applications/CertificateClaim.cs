using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>
/// A project assessment certificate or verifier certificate the applicant declares: for an initial
/// registration one per registered project, for a certificate recognition the certificate to recognise.
/// </summary>
/// <param name="IssuingDistrictCode">The zone district whose authority issued it; another district's certificate is verified there.</param>
public sealed record CertificateClaim(
    ProjectCertificateKind Kind,
    string Number,
    string IssuingDistrictCode,
    DateOnly? ValidUntil,
    IReadOnlyList<string>? Projects = null);
