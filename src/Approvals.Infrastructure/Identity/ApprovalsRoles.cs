namespace Approvals.Infrastructure.Identity;

/// <summary>The roles of the platform; a user may hold several.</summary>
public static class ApprovalsRoles
{
    public const string Applicant = "Applicant";
    public const string Reviewer = "Reviewer";
    public const string Regulator = "Regulator";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Applicant, Reviewer, Regulator, Administrator];
}
