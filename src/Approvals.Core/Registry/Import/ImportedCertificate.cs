namespace Approvals.Core.Registry.Import;

/// <summary>A certificate row that passed its checks: what the registry would hold.</summary>
/// <param name="IssuerId">The issuer's code in <c>reference/issuers.json</c>.</param>
/// <param name="IssuingDistrictCode">The issuer's division code; empty for a national administration.</param>
public sealed record ImportedCertificate(
    int Row,
    ProjectCertificateKind Kind,
    string Number,
    string Name,
    string IdNumber,
    string IssuerId,
    string IssuingDistrictCode,
    IReadOnlyList<string> Projects,
    DateOnly ValidFrom,
    DateOnly ValidTo);
