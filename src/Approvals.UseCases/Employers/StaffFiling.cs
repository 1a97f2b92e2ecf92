using Approvals.Core.Applications;

namespace Approvals.UseCases.Employers;

/// <summary>
/// One staff member of an employer's batch: who they are (name, ID number, e-mail) and what the employer files for
/// them. The employer's own name, credit code and district come from its account, never from the row.
/// </summary>
/// <param name="Culture">The language the staff member reads mail in (zh-CN by default, or en).</param>
public sealed record StaffFiling(
    ApplicationType? Type = null,
    string? PersonName = null,
    string? IdNumber = null,
    string? Email = null,
    string? Phone = null,
    int? Level = null,
    string? QualificationCertificateNumber = null,
    string? RegistrationNumber = null,
    IReadOnlyList<string>? Projects = null,
    string? Culture = null);

/// <summary>The staff members an employer files for in one go: all of them, or none if any row is wrong.</summary>
public sealed record EmployerBatchForm(IReadOnlyList<StaffFiling>? Staff);
