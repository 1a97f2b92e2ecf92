using System.Globalization;
using System.Security.Claims;
using Approvals.Web.Identity;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Support;

/// <summary>
/// bUnit's renderer for the real pages: MudBlazor's services and a signed-in user of its own, every other
/// service (queries, runtime, case services over the factory's SQLite file) from one DI scope of the host.
/// Renders in the UI language given, as the request localization would set it, signed in as
/// <paramref name="account"/> with the claims Identity issues (id, user name = e-mail, roles, district).
/// </summary>
public sealed class PageRenderer : BunitContext
{
    private readonly AsyncServiceScope _host;

    public PageRenderer(ApiFactory factory, string culture, TestAccount account, string? userId = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        _host = factory.Services.CreateAsyncScope();
        Services.AddFallbackServiceProvider(_host.ServiceProvider);

        var auth = AddAuthorization();
        auth.SetAuthorized(account.Email);
        auth.SetRoles(account.Roles);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId ?? account.Email), new(ClaimTypes.Email, account.Email) };
        if (account.District is not null)
            claims.Add(new Claim(CallerClaimTypes.District, account.District));
        auth.SetClaims([.. claims]);

        // MudSelect and other popovers need a provider on the page, as MainLayout gives them; dialogs (confirmations) too.
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
    }

    /// <summary>Where the page's dialogs (confirmations, the delegate dialog) are rendered.</summary>
    public IRenderedComponent<MudDialogProvider> Dialogs { get; }

    /// <summary>A scoped service of the host, to arrange what the page will show.</summary>
    public T Host<T>() where T : notnull => _host.ServiceProvider.GetRequiredService<T>();

    /// <summary>MudBlazor's services dispose only asynchronously: use <c>await using</c>.</summary>
    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _host.DisposeAsync();
    }
}
