using System.Security.Claims;
using Approvals.Core.Access;
using Approvals.Web.Identity;

namespace Approvals.Web.Authorization;

/// <summary>
/// The domain's <see cref="Caller"/> from a signed-in user's claims: for the API (through the HTTP context) and
/// for the pages (through the circuit's authentication state, where there is no HTTP context).
/// </summary>
public static class Callers
{
    public static Caller? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } id)
            return null;
        return new Caller(
            id,
            user.FindFirstValue(ClaimTypes.Email),
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            user.FindFirstValue(CallerClaimTypes.District));
    }
}
