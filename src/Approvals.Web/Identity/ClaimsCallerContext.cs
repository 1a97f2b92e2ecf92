using System.Security.Claims;
using Approvals.Core.Access;

namespace Approvals.Web.Identity;

/// <summary>Reads the caller from <see cref="HttpContext.User"/> (claims listed in <see cref="CallerClaimTypes"/>).</summary>
internal sealed class ClaimsCallerContext(IHttpContextAccessor accessor) : ICallerContext
{
    public Caller? Current
    {
        get
        {
            var user = accessor.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } id)
                return null;
            return new Caller(
                id,
                user.FindFirstValue(ClaimTypes.Email),
                user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
                user.FindFirstValue(CallerClaimTypes.District));
        }
    }
}
