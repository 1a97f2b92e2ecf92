using Approvals.Core.Applications;
using Approvals.Core.Documents;
using Approvals.Core.Findings;

using Approvals.Web.Localization;
using Microsoft.Extensions.Localization;

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

    private static readonly Dictionary<string, (int Step, string Label)> Fields = new(StringComparer.Ordinal)
    {
        ["type"] = (PersonStep, "Apps_Type"),
        ["personName"] = (PersonStep, "Apps_Person"),
        ["idNumber"] = (PersonStep, "Wizard_IdNumber"),
        ["phone"] = (PersonStep, "Wizard_Phone"),
        ["employerName"] = (EmployerStep, "Wizard_EmployerName"),
        ["employerCreditCode"] = (EmployerStep, "Wizard_CreditCode"),
        ["employerDistrictCode"] = (EmployerStep, "Wizard_EmployerDistrict"),
        ["employerAddress"] = (EmployerStep, "Wizard_EmployerAddress"),
        ["level"] = (QualificationStep, "Wizard_Level"),
        ["qualificationCertificateNumber"] = (QualificationStep, "Wizard_QualificationNumber"),
        ["projects"] = (QualificationStep, "Wizard_Projects"),
        ["registrationNumber"] = (QualificationStep, "Wizard_RegistrationNumber"),
        ["certificates"] = (QualificationStep, "Wizard_Certificate"),
        ["number"] = (QualificationStep, "Wizard_CertificateNumber"),
        ["issuingDistrictCode"] = (QualificationStep, "Wizard_CertificateIssuer"),
        ["issuerCode"] = (QualificationStep, "Wizard_CertificateIssuer"),
        ["validUntil"] = (QualificationStep, "Wizard_ValidUntil"),
        ["kind"] = (QualificationStep, "Wizard_CertificateKind"),
        ["reason"] = (QualificationStep, "Wizard_CancellationReason"),
    };

    /// <summary>The step where the finding's field or document is entered; the last step when it names neither.</summary>
    public static int StepOf(Finding finding) =>
        finding.Document is not null ? DocumentsStep
        : finding.Field is { } field && Fields.TryGetValue(Key(field), out var target) ? target.Step
        : SubmitStep;

    /// <summary>The field or document to fix, as the wizard names it; null when the finding names neither.</summary>
    public static string? NameOf(Finding finding, IStringLocalizer<SharedResource> localizer)
    {
        if (finding.Document is { } document)
        {
            var kinds = document.Split('|').Select(k => Enum.TryParse<DocumentKind>(k, out var kind) ? kind.DisplayName().Local() : k);
            return string.Join(" / ", kinds);
        }
        return finding.Field is { } field && Fields.TryGetValue(Key(field), out var target) ? localizer[target.Label].Value : null;
    }

    /// <summary>The findings of one step.</summary>
    public static IReadOnlyList<Finding> On(IEnumerable<Finding> findings, int step) => [.. findings.Where(f => StepOf(f) == step)];

    // certificates[0].number → number; a whole list (certificates, projects[1]) → its name.
    private static string Key(string field)
    {
        var last = field.Split('.')[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? last : last[..bracket];
    }
}
