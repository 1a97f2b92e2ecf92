using System.Security.Claims;

namespace Approvals.Core.Access;

/// <summary>
/// The claims <see cref="Caller.From"/> reads; the identity (ASP.NET Core Identity, tests' handler) must issue them:
/// <list type="bullet">
/// <item><see cref="ClaimTypes.NameIdentifier"/>: the user id (required).</item>
/// <item><see cref="ClaimTypes.Name"/>: the user name, under which tasks are claimed and completed.</item>
/// <item><see cref="ClaimTypes.Email"/>: where the procedures e-mail an applicant (required to file an application).</item>
/// <item><see cref="ClaimTypes.Role"/>: one claim per role of <see cref="ApprovalsRoles"/>.</item>
/// <item><see cref="District"/> (<c>"district"</c>): a staff member's district as a GB/T 2260 code (310118, 320509,
/// 330421) or <see cref="StaffDistricts.ExecutiveCommittee"/>.</item>
/// <item><see cref="EnterpriseCreditCode"/> (<c>"enterprise_credit_code"</c>) and <see cref="EnterpriseName"/>
/// (<c>"enterprise_name"</c>): for an <see cref="ApprovalsRoles.Employer"/>, the enterprise it acts for; its district
/// is then the enterprise's district.</item>
/// <item><see cref="DisplayName"/> (<c>"display_name"</c>): the name the pages greet the user by.</item>
/// </list>
/// </summary>
public static class CallerClaimTypes
{
    public const string District = "district";
    public const string DisplayName = "display_name";
    public const string EnterpriseCreditCode = "enterprise_credit_code";
    public const string EnterpriseName = "enterprise_name";
}
