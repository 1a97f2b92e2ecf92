using Microsoft.AspNetCore.Hosting;

namespace Approvals.Web.Tests.Support;

/// <summary>The host as operators start it (environment Production unless told otherwise), with a few settings changed.</summary>
public sealed class ProductionApiFactory(IDictionary<string, string?> settings, string environment = "Production") : ApiFactory
{
    protected override IDictionary<string, string?> Settings => settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
    }
}
