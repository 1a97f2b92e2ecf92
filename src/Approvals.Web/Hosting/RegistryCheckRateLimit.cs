using System.Globalization;
using Approvals.Text;
using Approvals.Web.Localization;

namespace Approvals.Web.Hosting;

/// <summary>
/// The public check's rate limit on the API: an endpoint filter that takes a permit from the
/// <see cref="RegistryCheckLimiter"/> the page uses too; a refused request gets a 429 ProblemDetails saying when to
/// try again.
/// </summary>
internal static class RegistryCheckRateLimit
{
    public static IServiceCollection AddRegistryCheckRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RegistryCheckOptions>().Bind(configuration.GetSection(RegistryCheckOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RegistryCheckLimiter>();
        return services;
    }

    public static RouteHandlerBuilder RequireRegistryCheckLimit(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.RequestServices.GetRequiredService<RegistryCheckLimiter>().TryAcquire(http.Connection.RemoteIpAddress) is not { } retryAfter)
                return await next(context);
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                title: Texts.Text(Texts.RegistryCheckRateLimit_TooManyChecks).Local(),
                detail: Texts.Text(Texts.RegistryCheckRateLimit_TooManyChecksFromYourAddress, seconds).Local(),
                statusCode: StatusCodes.Status429TooManyRequests);
        }).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
