using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>What a change of registration changes on the registration it names.</summary>
/// <param name="EmployerChanges">The employer's credit code is not the one the registry records.</param>
/// <param name="Projects">The registered projects after the change.</param>
/// <param name="FromDistrictCode">The district that holds the registration now.</param>
/// <param name="ToDistrictCode">The district that holds it after the change: the new employer's.</param>
public sealed record RegistrationChangePlan(
    bool EmployerChanges,
    IReadOnlyList<string> Projects,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    string FromDistrictCode,
    string ToDistrictCode)
{
    public bool Moves => FromDistrictCode != ToDistrictCode;

    public bool ChangesAnything => EmployerChanges || Added.Count > 0 || Removed.Count > 0;

    /// <summary>The change <paramref name="application"/> asks of <paramref name="registration"/>; no projects named keeps them.</summary>
    public static RegistrationChangePlan Of(Application application, Registration registration)
    {
        var employerChanges = !string.IsNullOrWhiteSpace(application.EmployerCreditCode)
            && !string.Equals(application.EmployerCreditCode.Trim(), registration.Enterprise?.CreditCode, StringComparison.OrdinalIgnoreCase);
        IReadOnlyList<string> projects = application.Projects.Count == 0
            ? registration.Projects
            : application.Projects.Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var to = employerChanges && !string.IsNullOrWhiteSpace(application.EmployerDistrictCode) ? application.EmployerDistrictCode : registration.DistrictCode;
        return new RegistrationChangePlan(
            employerChanges,
            projects,
            projects.Except(registration.Projects, StringComparer.Ordinal).ToList(),
            registration.Projects.Except(projects, StringComparer.Ordinal).ToList(),
            registration.DistrictCode,
            to);
    }
}
