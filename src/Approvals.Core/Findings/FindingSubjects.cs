using Approvals.Core.Applications;
using Approvals.Text;

namespace Approvals.Core.Findings;

/// <summary>
/// What a finding is about, in the words the wizard labels it with: the document kinds it names (joined " / "),
/// else its form field, else the reviewer's request or the application as a whole. The one catalog for the
/// wizard, the case page and the correction mail, so an applicant never reads <c>idNumber</c> or
/// <c>ProjectAssessmentCertificate|VerifierCertificate</c>.
/// </summary>
public static class FindingSubjects
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["type"] = Texts.FindingSubjects_Type,
        ["personName"] = Texts.FindingSubjects_PersonName,
        ["idNumber"] = Texts.FindingSubjects_IdNumber,
        ["phone"] = Texts.FindingSubjects_Phone,
        ["employerName"] = Texts.FindingSubjects_EmployerName,
        ["employerCreditCode"] = Texts.FindingSubjects_EmployerCreditCode,
        ["employerDistrictCode"] = Texts.FindingSubjects_EmployerDistrict,
        ["employerAddress"] = Texts.FindingSubjects_EmployerAddress,
        ["level"] = Texts.FindingSubjects_Level,
        ["qualificationCertificateNumber"] = Texts.FindingSubjects_QualificationNumber,
        ["projects"] = Texts.FindingSubjects_Projects,
        ["registrationNumber"] = Texts.FindingSubjects_RegistrationNumber,
        ["certificates"] = Texts.FindingSubjects_Certificate,
        ["number"] = Texts.FindingSubjects_CertificateNumber,
        ["issuingDistrictCode"] = Texts.FindingSubjects_CertificateIssuer,
        ["issuerCode"] = Texts.FindingSubjects_CertificateIssuer,
        ["validUntil"] = Texts.FindingSubjects_ValidUntil,
        ["kind"] = Texts.FindingSubjects_CertificateKind,
        ["reason"] = Texts.FindingSubjects_CancellationReason,
    };

    /// <summary>The documents or the field the finding names; null when it names neither or a field no form shows.</summary>
    public static LocalizedText? NameOf(Finding finding)
    {
        if (finding.Document is { Length: > 0 } document)
        {
            var kinds = document.Split('|').Select(k => Enum.TryParse<DocumentKind>(k, out var kind) ? kind.DisplayName() : null).ToList();
            if (kinds.All(k => k is not null))
                return new LocalizedText(string.Join(" / ", kinds.Select(k => k!.ZhCn)), string.Join(" / ", kinds.Select(k => k!.En)));
        }
        return finding.Field is { } field && Fields.TryGetValue(Key(field), out var key) ? Texts.Text(key) : null;
    }

    /// <summary>What the correction notice lists the finding under: <see cref="NameOf"/>, else the reviewer's request or the application.</summary>
    public static LocalizedText ItemOf(Finding finding) =>
        NameOf(finding) ?? Texts.Text(finding.IsFromAutomaticCheck ? Texts.FindingSubjects_Application : Texts.FindingSubjects_ReviewerRequest);

    /// <summary>Who found it: the automatic check or the reviewer.</summary>
    public static LocalizedText SourceOf(Finding finding) =>
        Texts.Text(finding.IsFromAutomaticCheck ? Texts.FindingSubjects_FromAutomaticCheck : Texts.FindingSubjects_FromReviewer);

    // certificates[0].number → number; a whole list (certificates, projects[1]) → its name.
    public static string Key(string field)
    {
        var last = field.Split('.')[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? last : last[..bracket];
    }
}
