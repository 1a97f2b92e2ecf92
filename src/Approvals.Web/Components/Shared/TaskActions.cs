using Approvals.Infrastructure.Workflows;
using Approvals.Web.Localization;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Approvals.Web.Components.Shared;

/// <summary>Runs a task action from a page and tells the user how it went, in their language.</summary>
public static class TaskActions
{
    public static async Task<bool> RunAsync(ISnackbar snackbar, IStringLocalizer<SharedResource> text, Func<Task> action, string doneKey)
    {
        try
        {
            await action();
            snackbar.Add(text[doneKey], Severity.Success);
            return true;
        }
        catch (LocalizedException ex) when (ex is WorkflowNotFoundException or WorkflowConflictException or TaskForbiddenException or WorkflowRuntimeException)
        {
            snackbar.Add(text.Refused(ex), Severity.Warning);
            return false;
        }
    }
}
