using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Identity;

/// <summary>
/// An open page (Blazor circuit) checks its user's security stamp every revalidation interval and signs out when it
/// changed, so a page opened before a role, district, lock or password change does not keep the old rights.
/// </summary>
internal sealed class StampRevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, SecurityStamps stamps, IOptions<SessionLifetimeOptions> lifetime)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => lifetime.Value.RevalidationInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(authenticationState, cancellationToken);

    /// <summary>What the circuit asks every interval; false signs the page out.</summary>
    internal Task<bool> IsStillValidAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        stamps.IsCurrentUncachedAsync(authenticationState.User, cancellationToken);
}
