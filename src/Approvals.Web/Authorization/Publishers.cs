using System.Security.Claims;
using Approvals.Infrastructure.Workflows.Publication;
using Approvals.Core.Access;

namespace Approvals.Web.Authorization;

/// <summary>The regulator taking a publication step, from a signed-in user's claims (API and pages alike).</summary>
public static class Publishers
{
    public static Publisher From(ClaimsPrincipal user) =>
        new(user.Identity?.Name is { Length: > 0 } name ? name : throw new InvalidOperationException("A publication step needs a signed-in user."),
            user.FindFirstValue(CallerClaimTypes.District));
}
