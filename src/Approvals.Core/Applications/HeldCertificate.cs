using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>A project certificate the registry holds for the applicant (by ID number): what a mistyped claim is compared with.</summary>
public sealed record HeldCertificate(ProjectCertificateKind Kind, string Number, string IssuingDistrictCode);
