using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>The findings of the automatic check of an application, each with a stable code and zh-CN / en text.</summary>
public static class ApplicationFindings
{
    public static Finding Required(string field, LocalizedText label) => new(
        "Field.Required", Texts.Text(Texts.ApplicationFindings_PleaseFillIn, label.ZhCn, label.En), Field: field);

    public static Finding MissingDocument(DocumentRequirement requirement, int missing) => new(
        "Document.Missing",
        missing > 1
            ? Texts.Text(Texts.ApplicationFindings_MissingDocumentMoreNeeded, requirement.DisplayName().ZhCn, missing, requirement.DisplayName().En)
            : Texts.Text(Texts.ApplicationFindings_MissingDocument, requirement.DisplayName().ZhCn, requirement.DisplayName().En),
        Document: string.Join("|", requirement.AnyOf));

    public static Finding EmployerOutsideZone(string? code) => new(
        "Employer.OutsideZone",
        Texts.Text(Texts.ApplicationFindings_EmployerSDistrictIsNotIn, code),
        Field: "employerDistrictCode");

    public static Finding EmployerNotEnterprise(string creditCode) => new(
        "Employer.NotEnterprise",
        Texts.Text(Texts.ApplicationFindings_UnifiedSocialCreditCodeIsNot, creditCode),
        Field: "employerCreditCode");

    public static Finding EmployerDivisionMismatch(string creditCode, string division, District declared) => new(
        "Employer.DivisionMismatch",
        Texts.Text(Texts.ApplicationFindings_UnifiedSocialCreditCodeWasIssued, creditCode, division, declared.City, declared.Name, declared.Code, declared.NameEn),
        Field: "employerCreditCode");

    public static Finding CertificateExpired(int index, string number, DateOnly validUntil) => new(
        "Certificate.Expired",
        Texts.Text(Texts.ApplicationFindings_CertificateExpiredOn, number, ReadableDates.Date(validUntil)),
        Field: $"certificates[{index}].validUntil");

    /// <summary>The number is not in the registry, but one of the applicant's own certificates has a number very like it; which one is not said.</summary>
    public static Finding CertificateNumberLikelyMistyped(int index, string number) => new(
        CertificateNumberLikelyMistypedCode,
        Texts.Text(Texts.ApplicationFindings_CertificateNumberLikelyMistyped, number),
        Field: $"certificates[{index}].number");

    public const string CertificateNumberLikelyMistypedCode = "Certificate.NumberLikelyMistyped";

    /// <summary>No registration under that number, but one of the applicant's own has a number very like it; which one is not said.</summary>
    public static Finding RegistrationNumberLikelyMistyped(string number) => new(
        RegistrationNumberLikelyMistypedCode,
        Texts.Text(Texts.ApplicationFindings_RegistrationNumberLikelyMistyped, number),
        Field: "registrationNumber");

    public const string RegistrationNumberLikelyMistypedCode = "Registration.NumberLikelyMistyped";

    /// <summary>No qualification certificate under that number, but one of the applicant's own has a number very like it; which one is not said.</summary>
    public static Finding QualificationNumberLikelyMistyped(string number) => new(
        QualificationNumberLikelyMistypedCode,
        Texts.Text(Texts.ApplicationFindings_QualificationNumberLikelyMistyped, number),
        Field: "qualificationCertificateNumber");

    public const string QualificationNumberLikelyMistypedCode = "Qualification.NumberLikelyMistyped";

    public static Finding CertificateIssuerOutsideZone(int index, string number) => new(
        "Certificate.IssuerOutsideZone",
        Texts.Text(Texts.ApplicationFindings_CertificateWasNotIssuedByDistrict, number),
        Field: $"certificates[{index}].issuingDistrictCode");

    public static Finding RecognitionInSameDistrict(string field) => new(
        "Recognition.SameDistrict",
        Texts.Text(Texts.ApplicationFindings_RecognitionAppliesOnlyToRegistrationOr),
        Field: field);

    public static Finding DuplicateRegistration(string number) => new(
        "Registration.Duplicate",
        Texts.Text(Texts.ApplicationFindings_YouAlreadyHoldActiveRegistrationRenew, number),
        Field: "idNumber");

    public static Finding DuplicateApplication() => new(
        "Application.Duplicate",
        Texts.Text(Texts.ApplicationFindings_YouAlreadyHaveOpenApplicationOf),
        Field: "type");

    public static Finding RenewalNotFound(string number) => new(
        "Renewal.NotFound",
        Texts.Text(Texts.ApplicationFindings_RegistryHoldsNoRegistrationInYour, number),
        Field: "registrationNumber");

    public static Finding RenewalNotActive(string number) => new(
        "Renewal.NotActive",
        Texts.Text(Texts.ApplicationFindings_RegistrationIsNoLongerActiveCancelled, number),
        Field: "registrationNumber");

    public static Finding RenewalOutsideWindow(string number, DateOnly validTo, DateOnly opensOn) => new(
        "Renewal.OutsideWindow",
        Texts.Text(Texts.ApplicationFindings_RegistrationIsValidUntilRenewalMay, number, ReadableDates.Date(validTo), ReadableDates.Date(opensOn)),
        Field: "registrationNumber");

    public static Finding QualificationLevelDiffers(string number, MetrologistLevel recorded, MetrologistLevel? claimed) => new(
        "Qualification.LevelDiffers",
        Texts.Text(Texts.ApplicationFindings_RegistryRecordsQualificationCertificateAsNot, number, recorded.DisplayName().ZhCn, (claimed?.DisplayName() ?? Texts.Text(Texts.ApplicationFindings_LevelNotGiven)).ZhCn, recorded.DisplayName().En, (claimed?.DisplayName() ?? Texts.Text(Texts.ApplicationFindings_LevelNotGiven)).En),
        Field: "level");

    public static Finding QualificationNotHolders(string number) => new(
        "Qualification.NotHolders",
        Texts.Text(Texts.ApplicationFindings_QualificationCertificateInRegistryIsNot, number),
        Field: "qualificationCertificateNumber");
}
