using System.Security.Claims;

namespace Approvals.Web.Identity;

/// <summary>
/// The claims the domain endpoints read; the identity (ASP.NET Core Identity, tests' handler) must issue them:
/// <list type="bullet">
/// <item><see cref="ClaimTypes.NameIdentifier"/>: the user id (required; also used as the actor of tasks — the
/// task API reads <c>Identity.Name</c>, so issue <see cref="ClaimTypes.Name"/> with the same value).</item>
/// <item><see cref="ClaimTypes.Email"/>: where the procedures e-mail an applicant (required to file an application).</item>
/// <item><see cref="ClaimTypes.Role"/>: one claim per role — Applicant, Reviewer, Regulator, Administrator.</item>
/// <item><see cref="District"/> (<c>"district"</c>): a staff member's district as a GB/T 2260 code (310118, 320509, 330421).</item>
/// </list>
/// </summary>
public static class CallerClaimTypes
{
    public const string District = "district";
}
