using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Hosting;

/// <summary>How large a JSON request body may be, bound from <c>RequestLimits</c>; uploads keep their own limit.</summary>
public sealed class RequestBodyLimitOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>Enough for a definition of several thousand activities.</summary>
    [Range(1_024, 1_073_741_824)]
    public long JsonBodyMaxBytes { get; set; } = 4 * 1024 * 1024;
}

/// <summary>
/// Caps every JSON request body: one that says it is too long is refused at once, one that does not say is cut off
/// by the server where it passes the limit; either way a 413 ProblemDetails (see <see cref="UnreadableRequest"/>).
/// </summary>
internal static class RequestBodyLimits
{
    public static IServiceCollection AddRequestBodyLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestBodyLimitOptions>().Bind(configuration.GetSection(RequestBodyLimitOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static IApplicationBuilder UseJsonBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.HasJsonContentType())
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<RequestBodyLimitOptions>>().Value.JsonBodyMaxBytes;
                if (context.Request.ContentLength > limit)
                    throw new BadHttpRequestException($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                    size.MaxRequestBodySize = limit;
            }
            await next(context);
        });
}
