using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Persistence;
using Approvals.Web.Authorization;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Identity;

public static class IdentityRegistration
{
    /// <summary>
    /// ASP.NET Core Identity on the project's database: cookie for the pages, bearer tokens for scripts
    /// (<c>POST /api/auth/login</c>), both accepted under <c>/api</c>; password policy, lockout, confirmed e-mail.
    /// </summary>
    public static IServiceCollection AddApprovalsIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(ApprovalsAuthentication.Scheme)
            .AddPolicyScheme(ApprovalsAuthentication.Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = ApprovalsAuthentication.SelectScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, StampCheckedBearerHandler>(StampCheckedBearerHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(ConfigureCookie));

        services.AddIdentityCore<ApprovalsUser>(o =>
            {
                o.SignIn.RequireConfirmedEmail = true;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ApprovalsDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ApprovalsUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.AddSingleton<IEmailSender<ApprovalsUser>, IdentityEmailSender>();
        services.AddOptions<AccountMailLimitOptions>().Bind(configuration.GetSection(AccountMailLimitOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AccountMailLimiter>();
        services.AddRevocation(configuration);
        services.AddAuthorization(Policies.Add);
        services.AddCascadingAuthenticationState();

        services.AddOptions<DevelopmentAccountsOptions>().Bind(configuration.GetSection(DevelopmentAccountsOptions.SectionName));
        services.AddHostedService<DevelopmentAccountSeeder>();
        return services;
    }

    /// <summary>
    /// Short-lived bearer tokens renewed with a refresh token, and the security stamp checked at most
    /// <see cref="SessionLifetimeOptions.RevalidationInterval"/> apart by cookies, bearer tokens and open pages.
    /// </summary>
    private static void AddRevocation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionLifetimeOptions>().Bind(configuration.GetSection(SessionLifetimeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IOptions<SessionLifetimeOptions>>((tokens, lifetime) =>
        {
            tokens.BearerTokenExpiration = lifetime.Value.AccessTokenLifetime;
            tokens.RefreshTokenExpiration = lifetime.Value.RefreshTokenLifetime;
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SessionLifetimeOptions>>((validator, lifetime) =>
            validator.ValidationInterval = lifetime.Value.RevalidationInterval);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SecurityStamps>();
        services.AddScoped<AuthenticationStateProvider, StampRevalidatingAuthenticationStateProvider>();
    }

    private static void ConfigureCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options)
    {
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/account/access-denied";
        options.Events.OnRedirectToLogin = context => Redirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Redirect(context, StatusCodes.Status403Forbidden);
    }

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int apiStatus)
    {
        if (ApprovalsAuthentication.IsApiRequest(context.Request))
            context.Response.StatusCode = apiStatus;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
