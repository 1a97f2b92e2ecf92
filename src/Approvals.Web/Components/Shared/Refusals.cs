using Approvals.Web.Localization;
using Approvals.Workflows.Registry;
using Microsoft.Extensions.Localization;

namespace Approvals.Web.Components.Shared;

/// <summary>A service's refusal as a page tells it: nothing was done, and why, in the page's language.</summary>
public static class Refusals
{
    public static string Refused(this IStringLocalizer<SharedResource> text, LocalizedException refusal) =>
        text["Action_Refused", refusal.Text.Local()];
}
