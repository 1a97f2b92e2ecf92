using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Hosting;

/// <summary>
/// A Production host refuses settings that only make sense on a developer's machine, naming the key to change; the
/// same settings a developer uses start in Development.
/// </summary>
public sealed class ProductionStartTests
{
    [Fact]
    public void Production_with_safe_settings_starts()
    {
        using var factory = new ProductionApiFactory(new Dictionary<string, string?>());

        Assert.NotNull(factory.Services);
    }

    [Fact]
    public void Production_refuses_the_development_accounts()
    {
        AssertRefused(new() { ["DevelopmentAccounts:Enabled"] = "true" }, "Production start refused: DevelopmentAccounts:Enabled is true");
    }

    [Theory]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://0.0.0.0:8080/")]
    public void Production_refuses_a_public_base_url_nobody_else_can_open(string url)
    {
        AssertRefused(new() { ["App:PublicBaseUrl"] = url }, $"Production start refused: App:PublicBaseUrl '{url}' is not an address people can open");
    }

    [Fact]
    public void Production_refuses_to_start_without_a_public_base_url()
    {
        AssertRefused(new() { ["App:PublicBaseUrl"] = "" }, "App:PublicBaseUrl is empty");
    }

    [Fact]
    public void Several_nodes_on_SQLite_are_refused()
    {
        AssertRefused(new() { ["Deployment:Nodes"] = "2" }, "Deployment:Nodes is 2 but Database:Provider is Sqlite");
    }

    [Fact]
    public void Production_refuses_to_start_with_neither_an_SMTP_host_nor_a_pickup_folder()
    {
        AssertRefused(new() { ["Smtp:Host"] = "", ["Smtp:PickupFolder"] = "" }, "Smtp:PickupFolder must be set when Smtp:Host is empty");
    }

    [Fact]
    public void Development_accounts_and_a_localhost_address_start_in_Development()
    {
        using var factory = new ProductionApiFactory(new Dictionary<string, string?>
        {
            ["DevelopmentAccounts:Enabled"] = "true",
            ["DevelopmentAccounts:Password"] = "Approvals2026",
            ["App:PublicBaseUrl"] = "http://localhost:5000/",
        }, environment: "Development");

        Assert.NotNull(factory.Services);
    }

    private static void AssertRefused(Dictionary<string, string?> settings, string message)
    {
        using var factory = new ProductionApiFactory(settings);

        var failure = Record.Exception(() => factory.Services);

        Assert.NotNull(failure);
        Assert.Contains(message, failure.ToString(), StringComparison.Ordinal);
    }
}
