using Approvals.Core.Findings;
using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>
/// A case filed by an applicant. Its jurisdiction (<see cref="DistrictCode"/>) is always the employer's
/// district, never the ID number's region prefix. Once submitted it is driven by a workflow instance whose
/// correlation id is <see cref="Id"/>.
/// </summary>
public sealed class Application
{
    public required string Id { get; set; }

    /// <summary>The number people read the case by (<see cref="Applications.CaseNumber"/>); assigned at submission.</summary>
    public string? CaseNumber { get; set; }

    public ApplicationType Type { get; set; }
    public required string ApplicantUserId { get; set; }
    public required string ApplicantEmail { get; set; }
    public ApplicationStatus Status { get; set; }

    /// <summary>The language the applicant reads mail in (<see cref="ApplicantCultures"/>).</summary>
    public string Culture { get; set; } = ApplicantCultures.Default;

    /// <summary>The district that decides: the employer's district.</summary>
    public string? DistrictCode { get; set; }

    public string? PersonName { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }

    public string? EmployerName { get; set; }
    public string? EmployerCreditCode { get; set; }
    public string? EmployerDistrictCode { get; set; }
    public string? EmployerAddress { get; set; }

    /// <summary>The level applied for (registration) or held (recognition, renewal).</summary>
    public MetrologistLevel? Level { get; set; }

    public string? QualificationCertificateNumber { get; set; }
    public DateOnly? QualificationIssuedOn { get; set; }

    /// <summary>The registration renewed or recognised (CSJ-…).</summary>
    public string? RegistrationNumber { get; set; }

    public List<string> Projects { get; set; } = [];
    public List<CertificateClaim> Certificates { get; set; } = [];

    /// <summary>What the last automatic check or correction request asked the applicant to fix.</summary>
    public List<Finding> Findings { get; set; } = [];

    /// <summary>The number of the registration or recognition issued for this case.</summary>
    public string? IssuedNumber { get; set; }

    /// <summary>The procedure the submission started and linked: the only instance that may act on this case.</summary>
    public string? InstanceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>Optimistic concurrency token; also serialises answers to verification requests.</summary>
    public int Revision { get; set; }

    public List<ApplicationDocument> Documents { get; set; } = [];
    public List<ApplicationTimelineEntry> Timeline { get; set; } = [];

    /// <summary>
    /// Whether <paramref name="instanceId"/> is this case's own procedure (the one its submission started and
    /// linked). Any other instance — one started through the API that merely names the case, or an earlier one —
    /// may not check, correct, verify, decide or issue anything for it.
    /// </summary>
    public bool IsDrivenBy(string instanceId) => InstanceId is not null && InstanceId == instanceId;

    /// <summary>The districts whose reviewers may see the case: its own and every district that verifies something for it.</summary>
    public IReadOnlySet<string> InvolvedDistricts()
    {
        var districts = new HashSet<string>(StringComparer.Ordinal);
        if (DistrictCode is not null)
            districts.Add(DistrictCode);
        foreach (var certificate in Certificates)
            districts.Add(certificate.IssuingDistrictCode);
        if (Registry.RegistrationNumber.TryParse(RegistrationNumber, out var number))
            districts.Add(number.DistrictCode);
        return districts;
    }
}
