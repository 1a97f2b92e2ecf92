using Microsoft.AspNetCore.Localization;

namespace Approvals.Web.Api;

/// <summary>
/// The language request localization chose for a request. Exception handlers and status pages write after that
/// middleware has returned and restored the thread's culture, but its choice stays on the request.
/// </summary>
internal static class RequestLanguage
{
    public static string? Of(HttpContext httpContext) =>
        httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name;
}
