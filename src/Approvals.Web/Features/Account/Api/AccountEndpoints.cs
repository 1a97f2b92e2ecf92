using Approvals.Infrastructure.Identity;
using Approvals.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Approvals.Web.Features.Account.Api;

/// <summary>The two account actions the pages post to: sign out and switch the language.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/account/logout", Logout).ExcludeFromDescription();
        routes.MapGet("/culture", SwitchCulture).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> Logout(SignInManager<ApprovalsUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("~/account/login");
    }

    private static async Task<IResult> SwitchCulture(string? name, string? returnUrl, HttpContext http, UserManager<ApprovalsUser> users)
    {
        var culture = SupportedCultures.Normalize(name);
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, SupportedCultures.CookieValue(culture),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
        if (http.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(http.User) is { } user && user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture;
            await users.UpdateAsync(user);
        }
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "~/");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
