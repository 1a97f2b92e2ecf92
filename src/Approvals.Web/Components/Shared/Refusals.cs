using Approvals.Text;
using Approvals.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Approvals.Web.Components.Shared;

/// <summary>A service's refusal as a page tells it: nothing was done, and why, in the page's language.</summary>
public static class Refusals
{
    public static string Refused(this IStringLocalizer<SharedResource> text, Refusal refusal) =>
        text["Action_Refused", refusal.Text.Local()];

    /// <summary>Runs a page's action; a refusal is shown in the snackbar and the action reports that it did not happen.</summary>
    public static async Task<bool> RunAsync(ISnackbar snackbar, IStringLocalizer<SharedResource> text, Func<Task> action, Severity severity = Severity.Warning)
    {
        try
        {
            await action();
            return true;
        }
        catch (Refusal refusal)
        {
            snackbar.Add(text.Refused(refusal), severity);
            return false;
        }
    }
}
