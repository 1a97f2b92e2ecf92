using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Approvals.Web.Localization;

/// <summary>Simplified Chinese by default, English on request (a cookie set by the language switch).</summary>
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
        // The browser's Accept-Language is ignored on purpose: the platform speaks Chinese unless asked otherwise.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
    }

    public static string CookieValue(string culture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
}
