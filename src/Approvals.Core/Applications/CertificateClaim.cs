using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>
/// A project assessment certificate or verifier certificate the applicant declares: for an initial
/// registration one per registered project, for a certificate recognition the certificate to recognise.
/// </summary>
/// <param name="IssuingDistrictCode">
/// The division code of the authority that issued it: a zone district (another district's certificate is verified
/// there), or for an issuer named by <paramref name="IssuerCode"/> its province or city (empty for a national one).
/// </param>
/// <param name="IssuerCode">The issuer's code in <c>reference/issuers.json</c>, when the form named one.</param>
public sealed record CertificateClaim(
    ProjectCertificateKind Kind,
    string Number,
    string IssuingDistrictCode,
    DateOnly? ValidUntil,
    IReadOnlyList<string>? Projects = null,
    string? IssuerCode = null);
