using System.Net;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Service;

/// <summary>
/// One browser signed in through the login page of child hosts: its cookies (antiforgery, sign-in) are sent to
/// whichever node it talks to, as a browser behind a proxy that switches nodes would.
/// </summary>
public sealed class SignedInBrowser
{
    private const string Password = "Approvals2026";
    private readonly CookieContainer _cookies = new();

    private SignedInBrowser()
    {
    }

    /// <summary>Loads the login form from <paramref name="formFrom"/> and posts it to <paramref name="postTo"/>.</summary>
    public static async Task<SignedInBrowser> SignInAsync(HostProcess formFrom, HostProcess postTo, string account)
    {
        var browser = new SignedInBrowser();
        var signIn = await browser.On(formFrom).SubmitAsync("/account/login", "login",
            new Dictionary<string, string> { ["Input.Email"] = $"{account}@approvals.local", ["Input.Password"] = Password }, postTo: browser.On(postTo));
        // The login page answers a wrong password with itself (200) and a sign-in with a redirect.
        if (signIn.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in {account} answered {signIn.StatusCode}.");
        return browser;
    }

    /// <summary>A client for one node with this browser's cookies (child hosts all listen on 127.0.0.1, so cookies are shared as for one site).</summary>
    public HttpClient On(HostProcess node) =>
        new(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = node.RootUri };
}
