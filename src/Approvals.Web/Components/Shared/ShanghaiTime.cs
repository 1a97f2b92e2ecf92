using System.Globalization;
using Approvals.Web.Localization;

namespace Approvals.Web.Components.Shared;

/// <summary>Every date the UI shows is in Asia/Shanghai, whatever the server's zone.</summary>
public static class ShanghaiTime
{
    public static string Format(DateTimeOffset? value) =>
        value is { } v ? TimeZoneInfo.ConvertTime(v, SupportedCultures.DisplayTimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";
}
