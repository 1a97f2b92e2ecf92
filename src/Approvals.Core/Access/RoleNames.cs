namespace Approvals.Core.Access;

/// <summary>Role names as the identity issues them (role claims) and as HumanTask definitions name them.</summary>
public static class RoleNames
{
    public const string Applicant = "Applicant";
    public const string Reviewer = "Reviewer";
    public const string Regulator = "Regulator";
    public const string Administrator = "Administrator";
}
