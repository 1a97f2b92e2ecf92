using Approvals.Infrastructure.Workflows;
using Approvals.Web.Localization;
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
        catch (Exception ex) when (ex is WorkflowNotFoundException or WorkflowConflictException or TaskForbiddenException or WorkflowRuntimeException)
        {
            // The runtime's messages are English and technical: say what happened in the UI's language, keep the detail.
            snackbar.Add($"{text[Key(ex)]} ({ex.Message})", Severity.Warning);
            return false;
        }
    }

    private static string Key(Exception ex) => ex switch
    {
        WorkflowNotFoundException => "Action_NotFound",
        WorkflowConflictException => "Action_Conflict",
        TaskForbiddenException => "Action_Forbidden",
        _ => "Action_Invalid",
    };
}
