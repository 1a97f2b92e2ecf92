using Approvals.Core.Findings;
using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>
/// What a change of registration (变更注册) may name and needs: the applicant's own registration (R1/R2), in force, as
/// the registry records it (its level, expiry and number are the registry's and stay); a new employer (with proof of
/// employment) and/or the projects after the change, each added project with its certificate (the claim checked like
/// every certificate claim, and verified by its issuing district) and its copy; removing a project needs nothing.
/// </summary>
public static class ChangeOfRegistration
{
    private static readonly DocumentRequirement AddedProjectCertificate =
        DocumentRequirement.EachProjectOneOf(DocumentKind.ProjectAssessmentCertificate, DocumentKind.VerifierCertificate);

    private static readonly DocumentRequirement NewEmployment = DocumentRequirement.One(DocumentKind.EmploymentProof);

    /// <summary>Every document a change may need, as the wizard offers them: the form always, the others as the change needs.</summary>
    public static IReadOnlyList<DocumentRequirement> DocumentsOffered { get; } =
        [.. RequiredDocuments.Default(ApplicationType.Change), NewEmployment, AddedProjectCertificate];

    /// <summary>Refused when a draft is saved or submitted: a typed level (the registry's is the one that counts).</summary>
    public static IReadOnlyList<Finding> FormProblems(ApplicationType type, int? level) =>
        type == ApplicationType.Change && level is not null ? [ChangeFindings.LevelFromRegistry()] : [];

    /// <summary>The automatic check of a change: the registration named, what changes, and what that needs.</summary>
    public static void Check(ApplicationCheckFacts facts, DateOnly today, List<Finding> findings)
    {
        var application = facts.Application;
        if (string.IsNullOrWhiteSpace(application.RegistrationNumber))
            return;
        if (facts.NamesARecognition)
        {
            findings.Add(ChangeFindings.NotARegistration(application.RegistrationNumber));
            return;
        }
        if (facts.RegistrationToChange is not { } registration)
        {
            findings.Add(LikelyMistypedNumbers.ForRegistrationNumber(facts) ?? ChangeFindings.NotFound(application.RegistrationNumber));
            return;
        }
        if (!string.IsNullOrWhiteSpace(application.PersonName) && registration.Person?.Name != application.PersonName.Trim())
            findings.Add(ChangeFindings.NameDiffers(registration.Number));
        var validity = RegistrationValidity.On(registration.Status, registration.ValidTo, null, today);
        if (!validity.Valid)
        {
            findings.Add(ChangeFindings.NotInForce(registration.Number, validity.Text));
            return;
        }

        var plan = RegistrationChangePlan.Of(application, registration);
        if (!plan.ChangesAnything)
            findings.Add(ChangeFindings.NothingChanges());
        findings.AddRange(UncertifiedProjects(application, plan).Select(ChangeFindings.ProjectWithoutCertificate));
        Documents(application, plan, findings);
    }

    /// <summary>
    /// The added projects no certificate claim covers: a claim covers the projects it lists, and a claim that lists
    /// none covers the next added project not yet covered.
    /// </summary>
    public static IReadOnlyList<string> UncertifiedProjects(Application application, RegistrationChangePlan plan)
    {
        var uncovered = plan.Added.Where(p => !application.Certificates.Any(c => c.Projects?.Contains(p) == true)).ToList();
        var unassigned = application.Certificates.Count(c => c.Projects is not { Count: > 0 });
        return uncovered.Skip(unassigned).ToList();
    }

    private static void Documents(Application application, RegistrationChangePlan plan, List<Finding> findings)
    {
        var kinds = application.Documents.Select(d => d.Kind).ToList();
        var certificates = kinds.Count(AddedProjectCertificate.IsSatisfiedBy);
        if (certificates < plan.Added.Count)
            findings.Add(ApplicationFindings.MissingDocument(AddedProjectCertificate, plan.Added.Count - certificates));
        if (plan.EmployerChanges && !kinds.Any(NewEmployment.IsSatisfiedBy))
            findings.Add(ApplicationFindings.MissingDocument(NewEmployment, 1));
    }
}
