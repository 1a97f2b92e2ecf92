using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Identity;

/// <summary>
/// One fixed window per e-mail address and one per client address, chained: a request that sends account mail takes
/// a permit from both, and a refusal by either gives back the other's. The client address is the connection's, after
/// the trusted proxies' forwarded headers are applied.
/// </summary>
public sealed class AccountMailLimiter : IDisposable
{
    private readonly TimeSpan _window;
    private readonly PartitionedRateLimiter<AccountMailRequest> _limiter;

    public AccountMailLimiter(IOptions<AccountMailLimitOptions> options)
    {
        var limits = options.Value;
        _window = limits.Window;
        _limiter = PartitionedRateLimiter.CreateChained(
            Windows(r => "address:" + r.Email.Trim().ToUpperInvariant(), limits.PerAddressPermitLimit),
            Windows(r => "client:" + (r.Client?.ToString() ?? "unknown"), limits.PerClientPermitLimit));
    }

    /// <returns>Null when the mail may be sent; otherwise how long to wait.</returns>
    public TimeSpan? TryAcquire(string email, IPAddress? client)
    {
        using var lease = _limiter.AttemptAcquire(new AccountMailRequest(email, client));
        if (lease.IsAcquired)
            return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _window;
    }

    /// <summary>
    /// Takes a permit for mail to <paramref name="email"/> from the request's client; when refused, answers 429 with
    /// Retry-After so that the page that shows the reason is also a refusal to a script.
    /// </summary>
    /// <returns>Null when the mail may be sent; otherwise how long to wait.</returns>
    public TimeSpan? TryAcquire(HttpContext http, string email)
    {
        if (TryAcquire(email, http.Connection.RemoteIpAddress) is not { } wait)
            return null;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return wait;
    }

    /// <summary>Whole minutes to wait, at least one, for the page's message.</summary>
    public static int Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));

    public void Dispose() => _limiter.Dispose();

    private PartitionedRateLimiter<AccountMailRequest> Windows(Func<AccountMailRequest, string> key, int permits) =>
        PartitionedRateLimiter.Create<AccountMailRequest, string>(request =>
            RateLimitPartition.GetFixedWindowLimiter(key(request), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = _window,
                QueueLimit = 0,
            }));

    private sealed record AccountMailRequest(string Email, IPAddress? Client);
}
