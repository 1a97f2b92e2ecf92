using System.Security.Claims;
using Approvals.Core.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Identity;

/// <summary>
/// Adds the district claim (read by district-scoped queries and the domain's caller context) and the display
/// name to the claims Identity issues (NameIdentifier, Name, Email, Role).
/// </summary>
public sealed class ApprovalsUserClaimsPrincipalFactory(
    UserManager<ApprovalsUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApprovalsUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApprovalsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.District))
            identity.AddClaim(new Claim(CallerClaimTypes.District, user.District));
        identity.AddClaim(new Claim(CallerClaimTypes.DisplayName, user.DisplayName));
        if (!string.IsNullOrEmpty(user.EnterpriseCreditCode))
            identity.AddClaim(new Claim(CallerClaimTypes.EnterpriseCreditCode, user.EnterpriseCreditCode));
        if (!string.IsNullOrEmpty(user.EnterpriseName))
            identity.AddClaim(new Claim(CallerClaimTypes.EnterpriseName, user.EnterpriseName));
        return identity;
    }
}
