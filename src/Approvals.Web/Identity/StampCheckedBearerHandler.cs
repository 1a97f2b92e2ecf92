using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Identity;

/// <summary>
/// Identity's bearer token, refused once its user's security stamp has changed: a token that is still within its
/// lifetime stops working at most one revalidation interval after the password, lock, roles or district changed.
/// </summary>
internal sealed class StampCheckedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SecurityStamps stamps)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "StampCheckedBearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (!token.Succeeded)
            return token;
        return await stamps.IsCurrentAsync(token.Principal, Context.RequestAborted)
            ? AuthenticateResult.Success(new AuthenticationTicket(token.Principal, token.Properties, Scheme.Name))
            : AuthenticateResult.Fail("The token was revoked: the account changed since it was issued.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Context.ChallengeAsync(IdentityConstants.BearerScheme, properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Context.ForbidAsync(IdentityConstants.BearerScheme, properties);
}
