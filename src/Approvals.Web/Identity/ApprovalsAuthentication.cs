namespace Approvals.Web.Identity;

/// <summary>
/// The default scheme: a request that carries <c>Authorization: Bearer …</c> is authenticated by the bearer
/// token scheme (with its security stamp checked), every other request by the Identity cookie (the Blazor pages).
/// </summary>
public static class ApprovalsAuthentication
{
    public const string Scheme = "CookieOrBearer";

    public static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? StampCheckedBearerHandler.SchemeName
            : Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme;

    /// <summary>API callers get 401/403, not a redirect to the sign-in page.</summary>
    public static bool IsApiRequest(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
