using System.Globalization;
using Approvals.Text;

namespace Approvals.Web.Components.Shared;

/// <summary>Every date the UI shows is in Asia/Shanghai, whatever the server's zone, in the page's language's one format.</summary>
public static class ShanghaiTime
{
    public static string Format(DateTimeOffset? value) =>
        value is { } v ? ReadableDates.DateTime(v, CultureInfo.CurrentUICulture) : "—";

    public static string Date(DateOnly value) => ReadableDates.Date(value, CultureInfo.CurrentUICulture);

    public static string Date(DateTimeOffset value) => ReadableDates.Date(value, CultureInfo.CurrentUICulture);

    public static string Period(DateOnly from, DateOnly to) => ReadableDates.Period(from, to, CultureInfo.CurrentUICulture);
}
