using System.Globalization;
using Approvals.Text;
using Approvals.UseCases.Definitions;
using Approvals.UseCases.Records;
using Approvals.Web.Features.Designer.Canvas;
using Approvals.Web.Features.Designer.Model;
using Approvals.Web.Localization;
using Approvals.Workflows.Models;
using Approvals.Workflows.Serialization;
using Approvals.Workflows.Validation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Approvals.Web.Features.Designer.Pages;

/// <summary>The editor: loads a definition into the canvas, mirrors the canvas's edits in the property panel, validates and saves.</summary>
public sealed partial class EditProcedure : IDisposable
{
    private const int ValidationDelayMs = 300;

    private DesignerCanvas? _canvas;
    private WorkflowDefinition? _definition;
    private string _definitionJson = "";
    private string _descriptorsJson = "";
    private string _culture = CultureInfo.CurrentUICulture.Name;
    private int _version;
    private bool _isPublished;
    // What the server holds; a canvas change that arrives after a save with the content just saved is no edit.
    private string _savedJson = "";
    private bool Dirty => _definitionJson != _savedJson;
    private bool _busy;
    private bool _canUndo;
    private bool _canRedo;
    private bool _paletteShown = true;
    private bool _panelShown = true;
    private readonly PanelActivity _panelActivity = new();
    private IReadOnlyList<string> _selected = [];
    private PropertyPanelModel? _panel;
    private IReadOnlyList<DesignerProblem> _problems = [];

    // Shown beside the problems but never blocking publication: due dates beyond the statutory limit.
    private IReadOnlyList<DesignerProblem> _warnings = [];
    private bool _validated;
    private CancellationTokenSource? _validation;

    [Parameter] public string DefinitionId { get; set; } = "";

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        await SyncUnloadGuardAsync();
        if (!firstRender)
            return;
        GuardLeaving();
        _descriptorsJson = DesignerDescriptors.ToJson(Registry);
        await LoadLatestAsync();
    }

    private async Task LoadLatestAsync()
    {
        WorkflowDefinitionVersion row;
        try
        {
            row = await Scopes.RunAsync<IWorkflowDefinitions, WorkflowDefinitionVersion>((s, ct) => s.GetAsync(DefinitionId, null, ct));
        }
        catch (NotFoundRefusal e)
        {
            Snackbar.Add(e.Text.Local(), Severity.Error);
            Navigation.NavigateTo("designer");
            return;
        }
        await LoadPublicationStateAsync();
        _version = row.Version;
        _isPublished = row.IsPublished;
        _definitionJson = row.Json;
        _savedJson = row.Json;
        _definition = WorkflowDefinitionJson.Deserialize(row.Json);
        _selected = [];
        RebuildPanel();
        await _canvas!.LoadAsync(row.Json, _descriptorsJson);
        await ValidateNowAsync();
        StateHasChanged();
    }

    private async Task OnCanvasChangedAsync(CanvasChange change)
    {
        _definitionJson = change.DefinitionJson;
        _definition = WorkflowDefinitionJson.Deserialize(change.DefinitionJson);
        _canUndo = change.CanUndo;
        _canRedo = change.CanRedo;
        // A report older than the panel's last edit shows the activity behind what the panel shows: the next one catches up.
        if (!change.AwaitsPanelEdits && _panelActivity.ChangedIn(change.DefinitionJson, SelectedId))
            RebuildPanel();
        ScheduleValidation();
        await InvokeAsync(StateHasChanged);
    }

    private void OnSelectionChanged(IReadOnlyList<string> ids)
    {
        _selected = ids;
        // Choosing an activity brings its properties back, even after the panel was hidden.
        if (ids.Count > 0)
            _panelShown = true;
        RebuildPanel();
        StateHasChanged();
    }

    private string? SelectedId => _selected.Count == 1 ? _selected[0] : null;

    private void RebuildPanel()
    {
        var activity = SelectedId is { } id ? _definition?.Root.Activities.FirstOrDefault(a => a.Id == id) : null;
        var descriptor = activity is null ? null : Registry.Find(activity.Type)?.Descriptor;
        _panel = activity is null || descriptor is null ? null : Panels.Create(activity, descriptor, _culture);
        _panelActivity.Show(_definitionJson, _panel?.ActivityId);
    }

    // The canvas applies each edit to the activity as it holds it, so quick successive edits never undo each other.
    private async Task RenameAsync(NameEdit edit)
    {
        if (_panel is null)
            return;
        var newName = string.IsNullOrEmpty(edit.Name) ? null : edit.Name;
        _panelActivity.Rename(newName, edit.Culture);
        await _canvas!.SetNameAsync(_panel.ActivityId, newName, edit.Culture);
    }

    private async Task ChangeInputAsync(InputEdit edit)
    {
        if (_panel is null)
            return;
        _panelActivity.SetInput(edit.Name, edit.Value);
        await _canvas!.SetInputAsync(_panel.ActivityId, edit.Name, edit.Value);
    }

    private void ScheduleValidation()
    {
        _validation?.Cancel();
        _validation?.Dispose();
        _validation = new CancellationTokenSource();
        var token = _validation.Token;
        _ = Task.Delay(ValidationDelayMs, token).ContinueWith(async t =>
        {
            if (!t.IsCanceled)
                await InvokeAsync(ValidateNowAsync);
        }, TaskScheduler.Default);
    }

    private async Task ValidateNowAsync()
    {
        if (_definition is null)
            return;
        var errors = await Scopes.RunAsync<IDefinitionDrafts, IReadOnlyList<ValidationError>>(
            (s, ct) => Task.FromResult(s.Validate(_definitionJson)));
        _problems = ProblemLocator.Locate(_definition, errors);
        _warnings = ProblemLocator.Locate(_definition, Warnings.Of(_definition));
        _validated = true;
        await _canvas!.MarkProblemsAsync(_problems, _warnings);
        StateHasChanged();
    }

    private Task SelectProblemAsync(string activityId) => _canvas!.SelectAsync(activityId);

    private async Task<WorkflowDefinitionVersion?> SaveDraftAsync()
    {
        var json = await _canvas!.GetDefinitionAsync();
        try
        {
            var (saved, problems) = await Scopes.RunAsync<IDefinitionDrafts, SavedDraft>(
                (s, ct) => s.SaveDraftAsync(json, ct));
            _version = saved.Version;
            _isPublished = saved.IsPublished;
            _definitionJson = json;
            _savedJson = json;
            _definition = WorkflowDefinitionJson.Deserialize(json);
            _problems = ProblemLocator.Locate(_definition, problems);
            _warnings = ProblemLocator.Locate(_definition, Warnings.Of(_definition));
            await _canvas.MarkProblemsAsync(_problems, _warnings);
            return saved;
        }
        catch (DefinitionValidationException e)
        {
            Snackbar.Add(string.Join("; ", e.Errors.Select(x => x.Local())), Severity.Error);
            return null;
        }
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            if (await SaveDraftAsync() is { } saved)
                Snackbar.Add(string.Format(T["Editor_Saved"].Value, saved.Version), Severity.Success);
        }
        finally
        {
            _busy = false;
        }
    }

    private Task ExportAsync() => _canvas!.ExportAsync($"{DefinitionId}-v{_version}.json");

    public void Dispose()
    {
        _leaving?.Dispose();
        _validation?.Cancel();
        _validation?.Dispose();
    }
}
