using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Hosting;

/// <summary>
/// Client address, scheme and host from <c>X-Forwarded-*</c> only when the request comes from a configured proxy
/// (<see cref="TrustedProxyOptions"/>), and a forwarded host only when it is one of <c>AllowedHosts</c>.
/// ASP.NET Core would otherwise trust the loopback network by default, and every sender when its lists are empty.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrustedProxyOptions>().Bind(configuration.GetSection(TrustedProxyOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TrustedProxyOptions>, TrustedProxyOptionsValidator>());
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>, IOptions<HostFilteringOptions>>((forwarded, proxies, hosts) =>
        {
            // Empty lists would make the middleware believe every sender, so no proxy configured means no header read.
            var anyProxy = proxies.Value.KnownProxies.Count > 0 || proxies.Value.KnownNetworks.Count > 0;
            forwarded.ForwardedHeaders = anyProxy
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost
                : ForwardedHeaders.None;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in proxies.Value.KnownNetworks)
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            forwarded.AllowedHosts = hosts.Value.AllowedHosts.Where(h => h != "*").ToList();
        });
        return services;
    }
}
