namespace Approvals.Web.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For/Proto/Host</c> headers are believed, bound from
/// "ForwardedHeaders": addresses (<c>KnownProxies</c>, e.g. <c>10.0.0.5</c>) and networks (<c>KnownNetworks</c>,
/// e.g. <c>10.0.0.0/24</c>). None by default: a header from anyone else is ignored.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];
}
