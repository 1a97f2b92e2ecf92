using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Hosting;

/// <summary>
/// One fixed window per client address for every public check, whether it comes through the API or the page, so
/// the registry cannot be harvested by trying numbers through either. The address is the connection's, after the
/// trusted proxies' forwarded headers are applied.
/// </summary>
public sealed class RegistryCheckLimiter(IOptions<RegistryCheckOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PermitLimit,
            Window = options.Value.Window,
            QueueLimit = 0,
        }));

    /// <returns>Null when the check may go ahead; otherwise how long the address must wait.</returns>
    public TimeSpan? TryAcquire(IPAddress? address)
    {
        using var lease = _limiter.AttemptAcquire(address?.ToString() ?? "unknown");
        if (lease.IsAcquired)
            return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : options.Value.Window;
    }

    public void Dispose() => _limiter.Dispose();
}
