using System.Globalization;
using System.Threading.RateLimiting;
using Approvals.Text;
using Approvals.Web.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Hosting;

/// <summary>
/// A fixed window per client address for the public check, so the registry cannot be harvested by trying
/// numbers; a refused request gets a 429 ProblemDetails saying when to try again.
/// </summary>
internal static class RegistryCheckRateLimit
{
    public const string PolicyName = "registry-check";

    public static IServiceCollection AddRegistryCheckRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RegistryCheckOptions>().Bind(configuration.GetSection(RegistryCheckOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<RegistryCheckOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var window = http.RequestServices.GetRequiredService<IOptions<RegistryCheckOptions>>().Value.Window;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = Texts.Text(Texts.RegistryCheckRateLimit_TooManyChecks).Local(),
                        Detail = Texts.Text(Texts.RegistryCheckRateLimit_TooManyChecksFromYourAddress, Math.Ceiling(retryAfter.TotalSeconds)).Local(),
                    },
                });
            };
        });
        return services;
    }
}
