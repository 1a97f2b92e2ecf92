using System.Net;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Approvals.Web.Tests.Hosting;

/// <summary>
/// Behind the configured reverse proxy every request arrives from the proxy's address, so the public check's rate
/// limit counts the client address the proxy forwards; a forwarded address from anyone else is not believed.
/// </summary>
public sealed class RegistryCheckBehindProxyTests
{
    private const string Proxy = "10.0.0.5";

    private static ConfiguredApiFactory OneCheckPerWindow() => new(new Dictionary<string, string?>
    {
        ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        ["RegistryCheck:PermitLimit"] = "1",
        ["RegistryCheck:Window"] = "01:00:00",
    });

    private static async Task<int> CheckAsync(ApiFactory factory, string from, string forwardedFor)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/api/registry/check";
            c.Request.QueryString = new QueryString("?number=CSJ-NONE&name=nobody");
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            c.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        return context.Response.StatusCode;
    }

    [Fact]
    public async Task Clients_behind_the_configured_proxy_each_have_their_own_limit()
    {
        await using var factory = OneCheckPerWindow();

        Assert.Equal(StatusCodes.Status404NotFound, await CheckAsync(factory, Proxy, "203.0.113.1"));
        Assert.Equal(StatusCodes.Status404NotFound, await CheckAsync(factory, Proxy, "203.0.113.2"));
        Assert.Equal(StatusCodes.Status429TooManyRequests, await CheckAsync(factory, Proxy, "203.0.113.1"));
    }

    [Fact]
    public async Task A_client_that_is_not_the_proxy_cannot_escape_the_limit_with_a_forwarded_address()
    {
        await using var factory = OneCheckPerWindow();

        Assert.Equal(StatusCodes.Status404NotFound, await CheckAsync(factory, "198.51.100.7", "203.0.113.1"));
        Assert.Equal(StatusCodes.Status429TooManyRequests, await CheckAsync(factory, "198.51.100.7", "203.0.113.2"));
    }
}
