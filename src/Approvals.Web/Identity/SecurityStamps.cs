using System.Collections.Concurrent;
using System.Security.Claims;
using Approvals.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Identity;

/// <summary>
/// Whether a signed-in principal still carries its user's current security stamp: false once the password was
/// changed or reset, the account locked, or its roles or district changed (each renews the stamp), or the user deleted.
/// </summary>
public sealed class SecurityStamps(IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IOptions<SessionLifetimeOptions> lifetime, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, StoredStamp> _recent = new(StringComparer.Ordinal);

    /// <summary>For every API request: the stored stamp is read again when the one remembered is older than the revalidation interval.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (UserId(principal) is not { } userId)
            return false;
        var now = clock.GetUtcNow();
        if (!_recent.TryGetValue(userId, out var stored) || now - stored.ReadAt >= lifetime.Value.RevalidationInterval)
        {
            stored = new StoredStamp(await ReadStampAsync(userId, cancellationToken), now);
            _recent[userId] = stored;
        }
        return Matches(principal, stored.Stamp);
    }

    /// <summary>For an open page, which is revalidated only every interval: always the stored stamp.</summary>
    public async Task<bool> IsCurrentUncachedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        UserId(principal) is { } userId && Matches(principal, await ReadStampAsync(userId, cancellationToken));

    private string? UserId(ClaimsPrincipal principal) => principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);

    private bool Matches(ClaimsPrincipal principal, string? stored) =>
        stored is not null && string.Equals(principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType), stored, StringComparison.Ordinal);

    private async Task<string?> ReadStampAsync(string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        return await users.FindByIdAsync(userId) is { } user ? await users.GetSecurityStampAsync(user) : null;
    }

    private readonly record struct StoredStamp(string? Stamp, DateTimeOffset ReadAt);
}
