using System.Net;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Hosting;

/// <summary>
/// Outside Development a page asked for over plain HTTP is sent to HTTPS, and HTTPS answers tell the browser to
/// stay there (HSTS); a developer's machine keeps plain HTTP.
/// </summary>
public sealed class TransportSecurityTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["AllowedHosts"] = "approvals.test",
        ["https_port"] = "443",
    };

    [Fact]
    public async Task Outside_Development_a_plain_HTTP_request_is_redirected_to_HTTPS()
    {
        using var factory = new ProductionApiFactory(Settings);
        var client = factory.CreateClient(new() { BaseAddress = new Uri("http://approvals.test/"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/check");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri("https://approvals.test/check"), response.Headers.Location);
    }

    [Fact]
    public async Task Outside_Development_an_HTTPS_answer_carries_strict_transport_security()
    {
        using var factory = new ProductionApiFactory(Settings);
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://approvals.test/"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/check");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Development_plain_HTTP_is_served_as_it_is()
    {
        using var factory = new ProductionApiFactory(new Dictionary<string, string?>(Settings) { ["DevelopmentAccounts:Enabled"] = "false" }, environment: "Development");
        var client = factory.CreateClient(new() { BaseAddress = new Uri("http://approvals.test/"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/check");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
