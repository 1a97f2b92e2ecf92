using Approvals.Core.Access;
using Approvals.UseCases.Definitions;
using Approvals.UseCases.Publications;
using Approvals.UseCases.Records;
using Approvals.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Approvals.Web.Features.Designer.Pages;

/// <summary>The editor's way to publication: publish directly, or ask for approval where the policy needs it; or discard the draft.</summary>
public sealed partial class EditProcedure
{
    private bool _needsApproval;
    private bool _requesting;
    private string _reason = "";
    private string? _reasonError;
    private ShippedNotice? _notice;
    private PublicationRequestView? _pending;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private async Task LoadPublicationStateAsync()
    {
        _needsApproval = await Scopes.RunAsync<PublicationPolicy, bool>((p, ct) => p.NeedsApprovalAsync(DefinitionId, ct));
        _notice = await Scopes.RunAsync<ShippedDefinitionNotices, ShippedNotice?>((n, ct) => n.ForAsync(DefinitionId, ct));
        var pending = await Scopes.RunAsync<IDefinitionPublications, IReadOnlyList<PublicationRequestView>>(
            (p, ct) => p.ListAsync(DefinitionId, PublicationRequestStatus.Pending, ct));
        _pending = pending.FirstOrDefault();
    }

    private Task PublishAsync() => WithSavedDraftAsync(async (saved, publisher) =>
    {
        var published = await Scopes.RunAsync<IDefinitionDrafts, WorkflowDefinitionVersion>((s, ct) => s.PublishAsync(DefinitionId, saved.Version, publisher, ct));
        _isPublished = published.IsPublished;
        Snackbar.Add(string.Format(T["Editor_PublishedMessage"].Value, published.Version), Severity.Success);
    });

    private async Task RequestPublicationAsync()
    {
        _reasonError = string.IsNullOrWhiteSpace(_reason) ? T["Editor_RequestReasonRequired"].Value : null;
        if (_reasonError is not null)
            return;
        await WithSavedDraftAsync(async (saved, author) =>
        {
            _pending = await Scopes.RunAsync<IDefinitionPublications, PublicationRequestView>(
                (p, ct) => p.RequestAsync(DefinitionId, saved.Version, _reason, author, ct));
            _requesting = false;
            _reason = "";
            Snackbar.Add(string.Format(T["Editor_RequestedMessage"].Value, _pending.Version), Severity.Success);
        });
    }

    /// <summary>Both ways to publication start alike: save the canvas as the draft, and go on only if it has no problems.</summary>
    private async Task WithSavedDraftAsync(Func<WorkflowDefinitionVersion, Caller, Task> publication)
    {
        _busy = true;
        try
        {
            await Refusals.RunAsync(Snackbar, L, async () =>
            {
                if (await SaveDraftAsync() is not { } saved)
                    return;
                if (_problems.Count > 0)
                {
                    Snackbar.Add(T["Editor_PublishBlocked"].Value, Severity.Warning);
                    return;
                }
                await publication(saved, Caller.FromSignedIn((await AuthenticationState).User));
            }, Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task DiscardAsync()
    {
        if (await Refusals.RunAsync(Snackbar, L, () => Scopes.RunAsync<IDefinitionDrafts>((s, ct) => s.DiscardDraftAsync(DefinitionId, ct)), Severity.Error))
        {
            Snackbar.Add(T["Editor_Discarded"].Value, Severity.Info);
            await LoadLatestAsync();
        }
    }
}
