using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>
/// The automatic check of a cancellation or revocation: the registration named is in the registry under the holder's
/// name (and, when the holder files, their ID number), still in force, the reason is given, and the documents are there
/// (a case the bureau starts needs its ground and evidence). Every finding is reported at once.
/// </summary>
public static class RegistrationEndingChecks
{
    public static IReadOnlyList<Finding> Run(ApplicationCheckFacts facts, IReadOnlyList<DocumentRequirement> requiredDocuments)
    {
        var application = facts.Application;
        var findings = new List<Finding>();
        Require(application.PersonName, "personName", Texts.Text(Texts.ApplicationChecks_Name));
        Require(application.RegistrationNumber, "registrationNumber", Texts.Text(Texts.ApplicationChecks_RegistrationNumber));
        Require(application.Reason, "reason", Texts.Text(Texts.RegistrationEndingChecks_Reason));
        if (!application.IsStartedByBureau)
            Require(application.IdNumber, "idNumber", Texts.Text(Texts.ApplicationChecks_IDNumber));
        // The documents a holder files with (the application form) are not the bureau's: it files its ground and evidence.
        if (application.IsStartedByBureau && application.Type == ApplicationType.Cancellation)
            BureauCancellation(application, findings);
        else
            ApplicationChecks.Documents(application, requiredDocuments, findings);

        if (!string.IsNullOrWhiteSpace(application.RegistrationNumber))
            Registration(facts, findings);
        if (facts.HasOtherOpenApplication)
            findings.Add(ApplicationFindings.DuplicateApplication());
        return findings;

        void Require(string? value, string field, LocalizedText label)
        {
            if (string.IsNullOrWhiteSpace(value))
                findings.Add(ApplicationFindings.Required(field, label));
        }
    }

    private static void BureauCancellation(Application application, List<Finding> findings)
    {
        if (application.Ground is null or CancellationGround.HolderRequest)
            findings.Add(ApplicationFindings.Required("ground", Texts.Text(Texts.RegistrationEndingChecks_Ground)));
        var evidence = DocumentRequirement.One(DocumentKind.Evidence);
        if (!application.Documents.Any(d => evidence.IsSatisfiedBy(d.Kind)))
            findings.Add(ApplicationFindings.MissingDocument(evidence, 1));
    }

    private static void Registration(ApplicationCheckFacts facts, List<Finding> findings)
    {
        var application = facts.Application;
        var registration = facts.RegistrationToEnd;
        var holder = registration?.Person;
        var holdersOwn = holder is not null
            && string.Equals(holder.Name, application.PersonName?.Trim(), StringComparison.Ordinal)
            && (application.IsStartedByBureau || string.Equals(holder.IdNumber, application.IdNumber?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (registration is null || !holdersOwn)
            findings.Add(LikelyMistypedNumbers.ForRegistrationNumber(facts) ?? NotFound(application.RegistrationNumber!));
        else if (registration.Status != RegistrationStatus.Active)
            findings.Add(NotInForce(registration.Number, registration.Status));
    }

    public const string NotFoundCode = "Ending.NotFound";
    public const string NotInForceCode = "Ending.NotInForce";

    public static Finding NotFound(string number) => new(
        NotFoundCode, Texts.Text(Texts.RegistrationEndingChecks_RegistryHoldsNoSuchRegistration, number), Field: "registrationNumber");

    public static Finding NotInForce(string number, RegistrationStatus status) => new(
        NotInForceCode, Texts.Text(Texts.RegistrationEndingChecks_RegistrationIsNoLongerInForce, number, status), Field: "registrationNumber");
}
