using Approvals.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Approvals.Web.Components.Shared;

/// <summary>Runs a task action from a page and tells the user how it went, in their language.</summary>
public static class TaskActions
{
    public static async Task<bool> RunAsync(ISnackbar snackbar, IStringLocalizer<SharedResource> text, Func<Task> action, string doneKey)
    {
        var done = await Refusals.RunAsync(snackbar, text, action);
        if (done)
            snackbar.Add(text[doneKey], Severity.Success);
        return done;
    }
}
