using Approvals.Web.Localization;
using Approvals.Infrastructure.Identity;
using Approvals.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Approvals.Web.Api;

namespace Approvals.Web.Features.Account.Api;

/// <summary>Bearer tokens for scripts and other systems, on the same accounts as the pages.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Authentication").AllowAnonymous();
        group.MapPost("/login", Login)
            .WithSummary("Exchanges an e-mail and password for a bearer token (Identity's access token response).")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/refresh", Refresh)
            .WithSummary("Exchanges a refresh token for a new access token, unless the account changed (password, lock, roles, district) since it was issued.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }

    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest request, SignInManager<ApprovalsUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
            throw new InvalidRefusal(Texts.Text(Texts.AuthApi_EmailAndPasswordAreRequired));
        // The bearer handler writes the token response when the sign-in succeeds.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return TypedResults.Empty;
        LocalizedText detail = result.IsLockedOut ? Texts.Text(Texts.AuthApi_AccountIsLockedAfterTooMany)
            : result.IsNotAllowed ? Texts.Text(Texts.AuthApi_AccountSEMailAddressIs)
            : Texts.Text(Texts.AuthApi_EMailOrPasswordIsWrong);
        return SignInRefused(detail, Texts.Text(Texts.AuthApi_SignInFailed));
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest request, SignInManager<ApprovalsUser> signIn, IOptionsMonitor<BearerTokenOptions> tokens, TimeProvider clock)
    {
        if (string.IsNullOrEmpty(request.RefreshToken))
            throw new InvalidRefusal(Texts.Text(Texts.AuthApi_RefreshTokenIsRequired));
        var ticket = tokens.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return SignInRefused(
                Texts.Text(Texts.AuthApi_RefreshTokenExpiredOrWasRevoked),
                Texts.Text(Texts.AuthApi_TokenRevoked));
        }
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    // Not a refusal: a refusal answers a caller the host knows, while 401 tells one it does not know to get
    // credentials first; it comes only from here (and, without a body of its own, from the authorization middleware).
    private static ProblemHttpResult SignInRefused(LocalizedText detail, LocalizedText title) =>
        TypedResults.Problem(detail.Local(), statusCode: StatusCodes.Status401Unauthorized, title: title.Local());
}
