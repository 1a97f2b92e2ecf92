using System.Globalization;
using Approvals.Web.Identity;
using Microsoft.AspNetCore.Localization;

namespace Approvals.Web.Localization;

/// <summary>
/// Simplified Chinese by default, English on request: the pages by a cookie set by the language switch, the API
/// by that cookie or an <c>Accept-Language</c> header.
/// </summary>
public static class SupportedCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Names = [Chinese, English];

    public static TimeZoneInfo DisplayTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Normalize(string? name) =>
        Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) ?? Chinese;

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = Names.Select(CultureInfo.GetCultureInfo).ToList();
        options.DefaultRequestCulture = new RequestCulture(Chinese);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        // The pages ignore the browser's Accept-Language on purpose: the platform speaks Chinese unless asked
        // otherwise. A script calling the API has no language switch, so there the header is the way to ask.
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider().ForApiOnly(),
        ];
    }

    public static string CookieValue(string culture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));

    private static CustomRequestCultureProvider ForApiOnly(this AcceptLanguageHeaderRequestCultureProvider header) =>
        new(context => ApprovalsAuthentication.IsApiRequest(context.Request)
            ? header.DetermineProviderCultureResult(context)
            : Task.FromResult<ProviderCultureResult?>(null));
}
