using MudBlazor;

namespace Approvals.Web.Components.Shared;

/// <summary>The question before an irreversible action: what will happen, and a button that names the action.</summary>
public static class Confirmations
{
    /// <returns>Whether the user confirmed.</returns>
    public static async Task<bool> AskAsync(this IDialogService dialogs, string title, string consequences, string confirmLabel, Color color = Color.Primary)
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Title, title },
            { d => d.Consequences, consequences },
            { d => d.ConfirmLabel, confirmLabel },
            { d => d.ConfirmColor, color },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
