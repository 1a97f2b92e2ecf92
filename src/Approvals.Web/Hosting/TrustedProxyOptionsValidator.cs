using System.Net;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Hosting;

/// <summary>A proxy entry that is not an address or network would silently trust nobody (or be mistyped): refuse to start.</summary>
internal sealed class TrustedProxyOptionsValidator : IValidateOptions<TrustedProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustedProxyOptions options)
    {
        var failures = options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"{TrustedProxyOptions.SectionName}:KnownProxies '{p}' is not an IP address such as 10.0.0.5.")
            .Concat(options.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
                .Select(n => $"{TrustedProxyOptions.SectionName}:KnownNetworks '{n}' is not a network such as 10.0.0.0/24."))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
