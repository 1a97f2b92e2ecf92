using System.Security.Claims;
using System.Text.Encodings.Web;
using Approvals.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Support;

/// <summary>
/// Signs a request in as the user described by the <c>X-Test-User</c> header,
/// <c>id|email|Role1,Role2|district[|enterprise credit code|enterprise name]</c>, with the claims the identity will issue (see <see cref="CallerClaimTypes"/>).
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var value))
            return Task.FromResult(AuthenticateResult.NoResult());
        var parts = value.ToString().Split('|');
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, parts[0]), new(ClaimTypes.Name, parts[0]) };
        if (parts.Length > 1 && parts[1].Length > 0)
            claims.Add(new Claim(ClaimTypes.Email, parts[1]));
        if (parts.Length > 2)
            claims.AddRange(parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)));
        if (parts.Length > 3 && parts[3].Length > 0)
            claims.Add(new Claim(CallerClaimTypes.District, parts[3]));
        if (parts.Length > 5)
        {
            claims.Add(new Claim(CallerClaimTypes.EnterpriseCreditCode, parts[4]));
            claims.Add(new Claim(CallerClaimTypes.EnterpriseName, parts[5]));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
