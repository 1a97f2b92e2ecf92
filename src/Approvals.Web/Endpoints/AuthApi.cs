using Approvals.Infrastructure.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Approvals.Web.Endpoints;

/// <summary>Bearer tokens for scripts and other systems, on the same accounts as the pages.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Authentication").AllowAnonymous();
        group.MapPost("/login", Login)
            .WithSummary("Exchanges an e-mail and password for a bearer token (Identity's access token response).")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }

    public sealed record LoginRequest(string? Email, string? Password);

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest request, SignInManager<ApprovalsUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
            return ApiProblems.BadRequest("email and password are required.");
        // The bearer handler writes the token response when the sign-in succeeds.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return TypedResults.Empty;
        var detail = result.IsLockedOut ? "The account is locked after too many failed attempts; try again later."
            : result.IsNotAllowed ? "The account's e-mail address is not confirmed yet."
            : "The e-mail or password is wrong.";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
    }
}
