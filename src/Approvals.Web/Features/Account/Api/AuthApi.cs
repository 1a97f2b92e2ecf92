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
            throw new InvalidRefusal(new("请填写电子邮箱和密码。", "email and password are required."));
        // The bearer handler writes the token response when the sign-in succeeds.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return TypedResults.Empty;
        LocalizedText detail = result.IsLockedOut ? new("登录失败次数过多，账户已被锁定，请稍后再试。", "The account is locked after too many failed attempts; try again later.")
            : result.IsNotAllowed ? new("该账户的电子邮箱尚未确认。", "The account's e-mail address is not confirmed yet.")
            : new("电子邮箱或密码错误。", "The e-mail or password is wrong.");
        return SignInRefused(detail, new("登录失败", "Sign-in failed"));
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest request, SignInManager<ApprovalsUser> signIn, IOptionsMonitor<BearerTokenOptions> tokens, TimeProvider clock)
    {
        if (string.IsNullOrEmpty(request.RefreshToken))
            throw new InvalidRefusal(new("请提供刷新令牌。", "refreshToken is required."));
        var ticket = tokens.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return SignInRefused(
                new("刷新令牌已过期或已失效（密码、锁定、角色或辖区已变更），请重新登录。", "The refresh token expired or was revoked (the password, lock, roles or district changed); sign in again."),
                new("令牌已失效", "Token revoked"));
        }
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    // Not a refusal: a refusal answers a caller the host knows, while 401 tells one it does not know to get
    // credentials first; it comes only from here (and, without a body of its own, from the authorization middleware).
    private static ProblemHttpResult SignInRefused(LocalizedText detail, LocalizedText title) =>
        TypedResults.Problem(detail.Local(), statusCode: StatusCodes.Status401Unauthorized, title: title.Local());
}
