using Approvals.Core.Access;
using Approvals.Web.Authorization;

namespace Approvals.Web.Identity;

/// <summary>Reads the caller from <see cref="HttpContext.User"/> (claims listed in <see cref="CallerClaimTypes"/>).</summary>
internal sealed class ClaimsCallerContext(IHttpContextAccessor accessor) : ICallerContext
{
    public Caller? Current => Caller.From(accessor.HttpContext?.User);
}
