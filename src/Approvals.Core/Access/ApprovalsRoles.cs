namespace Approvals.Core.Access;

/// <summary>
/// The roles of the platform, as the identity issues them (role claims) and as HumanTask definitions name them;
/// a user may hold several.
/// </summary>
public static class ApprovalsRoles
{
    public const string Applicant = "Applicant";
    public const string Reviewer = "Reviewer";
    public const string Regulator = "Regulator";
    public const string Administrator = "Administrator";

    /// <summary>An enterprise account (执业单位): files applications for its staff in a batch and follows them.</summary>
    public const string Employer = "Employer";

    public static readonly IReadOnlyList<string> All = [Applicant, Reviewer, Regulator, Administrator, Employer];

    /// <summary>The roles that work human tasks; the others never see the task inbox.</summary>
    public static readonly IReadOnlyList<string> TaskRoles = [Reviewer, Regulator];
}
