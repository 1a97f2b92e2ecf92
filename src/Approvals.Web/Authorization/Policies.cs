using Microsoft.AspNetCore.Authorization;
using Approvals.Core.Access;

namespace Approvals.Web.Authorization;

/// <summary>The named policies every page and endpoint is given. A policy names who may use it, not what it does.</summary>
public static class Policies
{
    public const string Applicant = "Applicant";
    public const string Reviewer = "Reviewer";
    public const string Regulator = "Regulator";
    public const string Administrator = "Administrator";

    /// <summary>Enterprise accounts (执业单位) that file for their staff.</summary>
    public const string Employer = "Employer";

    /// <summary>District and committee staff: reviewers work tasks; regulators read them (and work the ones for their role).</summary>
    public const string Staff = "Staff";

    /// <summary>
    /// The people of a case: its applicant, the reviewers of the districts involved, and regulators reading for oversight (the
    /// service decides which case).
    /// </summary>
    public const string CaseParticipant = "CaseParticipant";

    /// <summary>Any signed-in user: the fallback for everything that names no other policy.</summary>
    public const string SignedIn = "SignedIn";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Applicant, p => p.RequireAuthenticatedUser().RequireRole(ApprovalsRoles.Applicant));
        options.AddPolicy(Reviewer, p => p.RequireAuthenticatedUser().RequireRole(ApprovalsRoles.Reviewer));
        options.AddPolicy(Regulator, p => p.RequireAuthenticatedUser().RequireRole(ApprovalsRoles.Regulator));
        options.AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(ApprovalsRoles.Administrator));
        options.AddPolicy(Employer, p => p.RequireAuthenticatedUser().RequireRole(ApprovalsRoles.Employer));
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(ApprovalsRoles.Reviewer, ApprovalsRoles.Regulator));
        options.AddPolicy(CaseParticipant, p => p.RequireAuthenticatedUser().RequireRole(ApprovalsRoles.Applicant, ApprovalsRoles.Reviewer, ApprovalsRoles.Regulator));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
