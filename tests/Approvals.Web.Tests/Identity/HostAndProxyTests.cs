using System.Net;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Approvals.Web.Tests.Identity;

/// <summary>
/// The host answers only for the names in <c>AllowedHosts</c>, believes <c>X-Forwarded-*</c> only from the proxies in
/// <c>ForwardedHeaders</c>, and does not start with a public base URL or proxy list it cannot use.
/// </summary>
public sealed class HostAndProxyTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.5");
    private static readonly IPAddress Client = IPAddress.Parse("203.0.113.9");

    private static Task<HttpContext> ForwardedRequestAsync(ApiFactory factory, string forwardedHost) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/health";
            context.Connection.RemoteIpAddress = Proxy;
            context.Request.Headers["X-Forwarded-For"] = Client.ToString();
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Request.Headers["X-Forwarded-Host"] = forwardedHost;
        });

    [Fact]
    public async Task A_request_for_a_host_that_is_not_allowed_is_refused()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient(new() { BaseAddress = new Uri("http://evil.example/") });

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_configured_proxy_are_ignored()
    {
        await using var factory = new ApiFactory();

        var context = await ForwardedRequestAsync(factory, "localhost");

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(Proxy, context.Connection.RemoteIpAddress);
        Assert.Equal("http", context.Request.Scheme);
    }

    [Fact]
    public async Task Forwarded_headers_from_a_configured_proxy_give_the_client_address_and_scheme()
    {
        await using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = Proxy.ToString() });

        var context = await ForwardedRequestAsync(factory, "localhost");

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(Client, context.Connection.RemoteIpAddress);
        Assert.Equal("https", context.Request.Scheme);
    }

    [Fact]
    public async Task Forwarded_headers_from_a_configured_network_are_believed_but_not_a_forwarded_host_outside_the_allowed_hosts()
    {
        await using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/24" });

        var context = await ForwardedRequestAsync(factory, "evil.example");

        Assert.NotEqual("evil.example", context.Request.Host.Host);
    }

    [Theory]
    [InlineData("")]
    [InlineData("approvals.example.cn")]
    [InlineData("ftp://approvals.example.cn/")]
    [InlineData("https://approvals.example.cn/?tenant=1")]
    [InlineData("https://approvals.example.cn/#start")]
    public void The_host_does_not_start_with_a_public_base_url_that_links_cannot_be_built_on(string value)
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["App:PublicBaseUrl"] = value });

        var failure = Record.Exception(() => factory.Services);

        Assert.NotNull(failure);
        Assert.Contains("App:PublicBaseUrl", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_does_not_start_with_a_proxy_that_is_not_an_address()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "proxy.internal" });

        var failure = Record.Exception(() => factory.Services);

        Assert.NotNull(failure);
        Assert.Contains("ForwardedHeaders:KnownProxies 'proxy.internal'", failure.ToString(), StringComparison.Ordinal);
    }
}
