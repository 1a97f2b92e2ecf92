using System.ComponentModel.DataAnnotations;

namespace Approvals.Web.Identity;

/// <summary>
/// How long a sign-in lasts and how soon a revocation reaches it, bound from "Auth". A password change or reset,
/// a lock, a role or district change renews the user's security stamp; cookies, bearer tokens and open pages
/// compare their stamp with the stored one at most <see cref="RevalidationInterval"/> apart.
/// </summary>
public sealed class SessionLifetimeOptions
{
    public const string SectionName = "Auth";

    /// <summary>Life of a bearer access token; a script renews it at <c>POST /api/auth/refresh</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Life of a refresh token; after it the script signs in again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Longest time a revoked cookie, token or open page keeps working.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
