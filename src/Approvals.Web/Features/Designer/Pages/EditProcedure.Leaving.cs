using Approvals.Web.Components.Shared;
using Approvals.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace Approvals.Web.Features.Designer.Pages;

/// <summary>
/// Unsaved edits are never lost by accident: a link inside the app asks first (the page's own dialog), and closing or
/// reloading the tab asks through the browser's.
/// </summary>
public sealed partial class EditProcedure
{
    private IDisposable? _leaving;
    private bool _unloadGuarded;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private void GuardLeaving() => _leaving = Navigation.RegisterLocationChangingHandler(AskBeforeLeavingAsync);

    private async ValueTask AskBeforeLeavingAsync(LocationChangingContext context)
    {
        if (!Dirty || IsThisEditor(context.TargetLocation))
            return;
        var leave = await Dialogs.AskAsync(T["Leave_Title"].Value, T["Leave_Consequences"].Value, T["Leave_Confirm"].Value, Color.Error);
        if (!leave)
            context.PreventNavigation();
    }

    private bool IsThisEditor(string target) =>
        Navigation.ToBaseRelativePath(Navigation.ToAbsoluteUri(target).ToString()).Split('?', '#')[0] == $"designer/{DefinitionId}";

    /// <summary>Tells the browser whether closing the tab should ask, when that changed.</summary>
    private async Task SyncUnloadGuardAsync()
    {
        if (_canvas is null || Dirty == _unloadGuarded)
            return;
        _unloadGuarded = Dirty;
        await _canvas.GuardUnloadAsync(_unloadGuarded);
    }
}
