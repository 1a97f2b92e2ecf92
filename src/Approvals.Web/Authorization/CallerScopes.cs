using System.Security.Claims;
using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Workflows;

namespace Approvals.Web.Authorization;

/// <summary>The task scope of a signed-in user, from the claims Identity issued (roles and the district claim).</summary>
public static class CallerScopes
{
    private static readonly string[] TaskRoles = [ApprovalsRoles.Reviewer, ApprovalsRoles.Regulator];

    public static CallerScope From(ClaimsPrincipal user)
    {
        var district = user.FindFirstValue(StaffDistricts.ClaimType);
        var work = TaskRoles.Where(user.IsInRole).ToHashSet(StringComparer.Ordinal);
        return new CallerScope(
            user.Identity?.Name,
            district == StaffDistricts.ExecutiveCommittee ? null : string.IsNullOrEmpty(district) ? CallerScope.NoDistrict : district,
            // Regulators read every task of their district(s); reviewers only their role's.
            user.IsInRole(ApprovalsRoles.Regulator) ? null : work,
            work);
    }
}
