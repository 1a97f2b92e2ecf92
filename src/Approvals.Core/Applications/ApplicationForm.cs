using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>
/// What the applicant fills in; every field may stay empty in a draft (the automatic check asks for it).
/// <see cref="Culture"/> is the language the applicant reads mail in: zh-CN (default) or en.
/// </summary>
public sealed record ApplicationForm(
    ApplicationType? Type = null,
    string? PersonName = null,
    string? IdNumber = null,
    string? Phone = null,
    string? EmployerName = null,
    string? EmployerCreditCode = null,
    string? EmployerDistrictCode = null,
    string? EmployerAddress = null,
    int? Level = null,
    string? QualificationCertificateNumber = null,
    DateOnly? QualificationIssuedOn = null,
    string? RegistrationNumber = null,
    IReadOnlyList<string>? Projects = null,
    IReadOnlyList<CertificateClaimForm>? Certificates = null,
    string? Culture = null,
    string? Reason = null);

/// <param name="IssuingDistrictCode">The zone district that issued the certificate; not needed when <paramref name="IssuerCode"/> names the issuer.</param>
/// <param name="IssuerCode">The issuer's code in <c>reference/issuers.json</c> (e.g. <c>qts-320000</c>): provincial and city bureaus as well as districts.</param>
public sealed record CertificateClaimForm(
    ProjectCertificateKind? Kind, string? Number, string? IssuingDistrictCode, DateOnly? ValidUntil, IReadOnlyList<string>? Projects = null, string? IssuerCode = null);
