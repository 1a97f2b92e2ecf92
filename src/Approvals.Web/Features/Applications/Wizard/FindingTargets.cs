using Approvals.Core.Findings;
using Approvals.Web.Localization;

namespace Approvals.Web.Features.Applications.Wizard;

/// <summary>
/// Where the applicant fixes a finding: the wizard step that enters its field or document, and the field's or
/// document's name as the wizard labels it. The one map from a finding's <see cref="Finding.Field"/> and
/// <see cref="Finding.Document"/> to the wizard, for the wizard's steps and the case page alike.
/// </summary>
public static class FindingTargets
{
    public const int PersonStep = 0;
    public const int EmployerStep = 1;
    public const int QualificationStep = 2;
    public const int DocumentsStep = 3;
    public const int SubmitStep = 4;

    private static readonly Dictionary<string, int> Fields = new(StringComparer.Ordinal)
    {
        ["type"] = PersonStep,
        ["personName"] = PersonStep,
        ["idNumber"] = PersonStep,
        ["phone"] = PersonStep,
        ["employerName"] = EmployerStep,
        ["employerCreditCode"] = EmployerStep,
        ["employerDistrictCode"] = EmployerStep,
        ["employerAddress"] = EmployerStep,
        ["level"] = QualificationStep,
        ["qualificationCertificateNumber"] = QualificationStep,
        ["projects"] = QualificationStep,
        ["registrationNumber"] = QualificationStep,
        ["certificates"] = QualificationStep,
        ["number"] = QualificationStep,
        ["issuingDistrictCode"] = QualificationStep,
        ["issuerCode"] = QualificationStep,
        ["validUntil"] = QualificationStep,
        ["kind"] = QualificationStep,
        ["reason"] = QualificationStep,
    };

    /// <summary>The step where the finding's field or document is entered; the last step when it names neither.</summary>
    public static int StepOf(Finding finding) =>
        finding.Document is not null ? DocumentsStep
        : finding.Field is { } field && Fields.TryGetValue(FindingSubjects.Key(field), out var step) ? step
        : SubmitStep;

    /// <summary>The field or document to fix, as the wizard names it (<see cref="FindingSubjects"/>); null when the finding names neither.</summary>
    public static string? NameOf(Finding finding) => FindingSubjects.NameOf(finding)?.Local();

    /// <summary>The findings of one step.</summary>
    public static IReadOnlyList<Finding> On(IEnumerable<Finding> findings, int step) => [.. findings.Where(f => StepOf(f) == step)];
}
