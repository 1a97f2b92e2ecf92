using Approvals.Core.Checks;
using Approvals.Core.Districts;
using Approvals.Core.Employers;
using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Core.Settings;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>
/// The automatic check of a submitted application (DocumentCheck): every rule runs and every finding is
/// reported, so the applicant corrects everything at once.
/// </summary>
public static class ApplicationChecks
{
    public static IReadOnlyList<Finding> Run(
        ApplicationCheckFacts facts,
        IReadOnlyList<DocumentRequirement> requiredDocuments,
        DistrictDirectory districts,
        MetrologyOptions options,
        DateOnly today)
    {
        var application = facts.Application;
        if (application.EndsRegistration)
            return RegistrationEndingChecks.Run(facts, requiredDocuments);
        var findings = new List<Finding>();
        RequiredFields(application, findings);
        Documents(application, requiredDocuments, findings);

        if (!string.IsNullOrWhiteSpace(application.IdNumber))
            findings.AddRange(ResidentIdNumber.Check(application.IdNumber, today, "idNumber").Findings);
        if (!string.IsNullOrWhiteSpace(application.EmployerCreditCode))
            findings.AddRange(EmployerIdentity.Check(application.EmployerCreditCode, application.EmployerDistrictCode, districts));
        else if (!string.IsNullOrWhiteSpace(application.EmployerDistrictCode) && !districts.IsInZone(application.EmployerDistrictCode))
            findings.Add(ApplicationFindings.EmployerOutsideZone(application.EmployerDistrictCode));

        Certificates(application, districts, today, findings);
        LikelyMistypedCertificates(facts, findings);
        RegistrationNumberRules(facts, options, today, findings);
        QualificationRules(facts, findings);
        if (application.Type == ApplicationType.Change)
            ChangeOfRegistration.Check(facts, today, findings);

        if (application.Type == ApplicationType.InitialRegistration && facts.ActiveRegistration is { } active)
            findings.Add(ApplicationFindings.DuplicateRegistration(active.Number));
        if (facts.HasOtherOpenApplication)
            findings.Add(ApplicationFindings.DuplicateApplication());
        return findings;
    }

    private static void RequiredFields(Application a, List<Finding> findings)
    {
        Require(a.PersonName, "personName", Texts.Text(Texts.ApplicationChecks_Name));
        Require(a.IdNumber, "idNumber", Texts.Text(Texts.ApplicationChecks_IDNumber));
        Require(a.EmployerName, "employerName", Texts.Text(Texts.ApplicationChecks_EmployerSName));
        Require(a.EmployerCreditCode, "employerCreditCode", Texts.Text(Texts.ApplicationChecks_EmployerSUnifiedSocialCreditCode));
        Require(a.EmployerDistrictCode, "employerDistrictCode", Texts.Text(Texts.ApplicationChecks_EmployerSDistrict));
        switch (a.Type)
        {
            case ApplicationType.InitialRegistration:
                RequireLevel();
                Require(a.QualificationCertificateNumber, "qualificationCertificateNumber", Texts.Text(Texts.ApplicationChecks_QualificationCertificateNumber));
                if (a.Projects.Count == 0)
                    findings.Add(ApplicationFindings.Required("projects", Texts.Text(Texts.ApplicationChecks_RegisteredProjects)));
                break;
            case ApplicationType.Renewal:
                Require(a.RegistrationNumber, "registrationNumber", Texts.Text(Texts.ApplicationChecks_RegistrationNumber));
                break;
            case ApplicationType.RegistrationRecognition:
                Require(a.RegistrationNumber, "registrationNumber", Texts.Text(Texts.ApplicationChecks_RegistrationNumber));
                break;
            case ApplicationType.Change:
                Require(a.RegistrationNumber, "registrationNumber", Texts.Text(Texts.ApplicationChecks_RegistrationToChange));
                break;
            case ApplicationType.CertificateRecognition:
                if (a.Certificates.Count == 0)
                    findings.Add(ApplicationFindings.Required("certificates", Texts.Text(Texts.ApplicationChecks_CertificateToRecognise)));
                break;
        }

        void RequireLevel()
        {
            if (a.Level is null)
                findings.Add(ApplicationFindings.Required("level", Texts.Text(Texts.ApplicationChecks_Level)));
        }

        void Require(string? value, string field, LocalizedText label)
        {
            if (string.IsNullOrWhiteSpace(value))
                findings.Add(ApplicationFindings.Required(field, label));
        }
    }

    internal static void Documents(Application a, IReadOnlyList<DocumentRequirement> required, List<Finding> findings)
    {
        var available = a.Documents.Select(d => d.Kind).ToList();
        foreach (var requirement in required)
        {
            var needed = requirement.PerRegisteredProject ? Math.Max(1, a.Projects.Count) : 1;
            var have = available.Count(requirement.IsSatisfiedBy);
            if (have < needed)
                findings.Add(ApplicationFindings.MissingDocument(requirement, needed - have));
        }
    }

    private static void Certificates(Application a, DistrictDirectory districts, DateOnly today, List<Finding> findings)
    {
        for (var i = 0; i < a.Certificates.Count; i++)
        {
            var certificate = a.Certificates[i];
            if (!districts.IsInZone(certificate.IssuingDistrictCode) && districts.Issuers.Find(certificate.IssuerCode) is null)
                findings.Add(ApplicationFindings.CertificateIssuerOutsideZone(i, certificate.Number));
            else if (a.Type == ApplicationType.CertificateRecognition && certificate.IssuingDistrictCode == a.EmployerDistrictCode)
                findings.Add(ApplicationFindings.RecognitionInSameDistrict($"certificates[{i}].issuingDistrictCode"));
            if (certificate.ValidUntil is { } until && until < today)
                findings.Add(ApplicationFindings.CertificateExpired(i, certificate.Number, until));
        }
    }

    /// <summary>
    /// A claimed certificate the registry does not hold under that number, while it holds one of the applicant's own of
    /// the same kind whose number is a keystroke or two away (<see cref="LikelyMistypedNumbers"/>): the applicant is asked
    /// to check it before the issuing district is; the same number submitted again goes on to verification.
    /// </summary>
    private static void LikelyMistypedCertificates(ApplicationCheckFacts facts, List<Finding> findings)
    {
        if (facts.HeldCertificates is not { Count: > 0 } held)
            return;
        var certificates = facts.Application.Certificates;
        for (var i = 0; i < certificates.Count; i++)
        {
            var claim = certificates[i];
            if (!LikelyMistypedNumbers.Applies(claim.Number, held.Where(h => h.Kind == claim.Kind).Select(h => h.Number)))
                continue;
            if (LikelyMistypedNumbers.Once(facts.Application, ApplicationFindings.CertificateNumberLikelyMistyped(i, claim.Number.Trim())) is { } hint)
                findings.Add(hint);
        }
    }

    /// <summary>
    /// A qualification certificate the registry holds decides the level: the form may not claim another. One it does not
    /// hold under the applicant's name, while it holds one of theirs with a near number, is likely mistyped.
    /// </summary>
    private static void QualificationRules(ApplicationCheckFacts facts, List<Finding> findings)
    {
        var a = facts.Application;
        if (a.Type != ApplicationType.InitialRegistration)
            return;
        var hint = LikelyMistypedNumbers.ForQualificationNumber(facts);
        if (facts.Qualification is not { } recorded)
        {
            if (hint is not null)
                findings.Add(hint);
            return;
        }
        if (!string.Equals(recorded.HolderIdNumber, a.IdNumber?.Trim(), StringComparison.OrdinalIgnoreCase))
            findings.Add(hint ?? ApplicationFindings.QualificationNotHolders(recorded.Number));
        else if (a.Level != recorded.Level)
            findings.Add(ApplicationFindings.QualificationLevelDiffers(recorded.Number, recorded.Level, a.Level));
    }

    private static void RegistrationNumberRules(ApplicationCheckFacts facts, MetrologyOptions options, DateOnly today, List<Finding> findings)
    {
        var a = facts.Application;
        if (a.Type is not (ApplicationType.Renewal or ApplicationType.RegistrationRecognition) || string.IsNullOrWhiteSpace(a.RegistrationNumber))
            return;
        if (a.Type == ApplicationType.RegistrationRecognition)
        {
            RecognisedRegistration.Check(facts, today, findings);
            return;
        }

        if (facts.RegistrationToRenew is not { } registration)
        {
            findings.Add(LikelyMistypedNumbers.ForRegistrationNumber(facts) ?? ApplicationFindings.RenewalNotFound(a.RegistrationNumber));
            return;
        }
        if (registration.StatusOn(today) != RegistrationStatus.Active)
        {
            findings.Add(ApplicationFindings.RenewalNotActive(registration.Number));
            return;
        }
        var opensOn = registration.ValidTo.AddDays(-options.RenewalWindowDays);
        if (today < opensOn)
            findings.Add(ApplicationFindings.RenewalOutsideWindow(registration.Number, registration.ValidTo, opensOn));
    }
}
