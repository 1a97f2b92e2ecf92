using System.Text;
using System.Text.Json.Nodes;
using Approvals.UseCases.Instances;
using Approvals.Web.Api;
using Approvals.Web.Components.Shared;
using Approvals.Web.Features.Designer.Model;
using Approvals.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace Approvals.Web.Features.Designer.Canvas;

/// <summary>
/// The AntV X6 canvas, driven through <see cref="DesignerInterop"/>. The page owns the definition; the canvas reports
/// each edit as the whole definition through a JS stream, so a large procedure never meets the circuit's
/// message-size limit (a plain interop argument from the browser is limited to 32 KB by default). Its callbacks
/// are the ones listed in Client/src/callbacks.js.
/// </summary>
public sealed partial class DesignerCanvas : IAsyncDisposable
{
    private readonly TaskCompletionSource<DesignerInterop> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ElementReference _palette;
    private ElementReference _canvas;
    private ElementReference _minimap;
    private DesignerInterop? _interop;
    private DotNetObjectReference<DesignerCanvas>? _self;
    private int _lastRevision;
    private int _lastSelectionRevision;
    private int _panelEditsSent;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = default!;

    [Parameter] public bool ReadOnly { get; set; }

    [Parameter] public string Culture { get; set; } = "zh-CN";

    [Parameter] public string Height { get; set; } = "70vh";

    /// <summary>Whether the palette takes its column; hidden, the canvas has the width.</summary>
    [Parameter] public bool PaletteShown { get; set; } = true;

    /// <summary>Raised after every edit (debounced in the browser) with the whole definition.</summary>
    [Parameter] public EventCallback<CanvasChange> DefinitionChanged { get; set; }

    [Parameter] public EventCallback<IReadOnlyList<string>> SelectionChanged { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        _self = DotNetObjectReference.Create(this);
        var options = new DesignerOptions(ReadOnly, Culture, OutcomeLabels.All(Text), _minimap, ReadOnly ? null : _palette);
        _interop = await DesignerInterop.CreateAsync(JS, _canvas, options, _self);
        _ready.TrySetResult(_interop);
    }

    /// <param name="descriptorsJson">The activity descriptors as <c>GET /api/activities</c> gives them.</param>
    public async Task LoadAsync(string definitionJson, string descriptorsJson) =>
        await (await _ready.Task).LoadAsync(definitionJson, descriptorsJson);

    /// <summary>The definition as drawn, read through a stream whatever its size.</summary>
    public async Task<string> GetDefinitionAsync() =>
        await ReadAsync(await (await _ready.Task).GetDefinitionBytesAsync());

    /// <summary>Sets one input of an activity on the canvas (null removes it), as one undoable step.</summary>
    public async Task SetInputAsync(string activityId, string input, JsonNode? value)
    {
        _panelEditsSent++;
        await (await _ready.Task).SetInputAsync(activityId, input, value?.ToJsonString());
    }

    public async Task SetNameAsync(string activityId, string? name, string culture)
    {
        _panelEditsSent++;
        await (await _ready.Task).SetNameAsync(activityId, name, culture);
    }

    public async Task MarkProblemsAsync(IEnumerable<DesignerProblem> problems, IEnumerable<DesignerProblem> warnings) =>
        await (await _ready.Task).MarkProblemsAsync([
            .. problems.Where(p => p.ActivityId is not null).Select(p => new ProblemMark(p.ActivityId!, p.Message)),
            .. warnings.Where(p => p.ActivityId is not null).Select(p => new ProblemMark(p.ActivityId!, p.Message, Warning: true)),
        ]);

    public async Task MarkExecutionAsync(ExecutionOverlay overlay) => await (await _ready.Task).MarkExecutionAsync(overlay);

    public async Task MarkDiffAsync(DiffMarks diff) => await (await _ready.Task).MarkDiffAsync(diff);

    /// <summary>The heatmap: instances waiting at and passed through each activity.</summary>
    public async Task MarkCountsAsync(IReadOnlyList<ActivityCount> counts) => await (await _ready.Task).MarkCountsAsync(counts);

    /// <summary>Fits the drawing, or when that would be unreadably small, centres it on the first of these activities.</summary>
    public async Task RevealActivitiesAsync(IReadOnlyList<string> activityIds) => await (await _ready.Task).RevealActivitiesAsync(activityIds);

    public async Task SelectAsync(string activityId) => await (await _ready.Task).SelectAsync([activityId]);

    public async Task UndoAsync() => await (await _ready.Task).UndoAsync();

    public async Task RedoAsync() => await (await _ready.Task).RedoAsync();

    public async Task AutoLayoutAsync() => await (await _ready.Task).AutoLayoutAsync();

    public async Task ZoomToFitAsync() => await (await _ready.Task).ZoomToFitAsync();

    public async Task ZoomAsync(double factor) => await (await _ready.Task).ZoomAsync(factor);

    /// <summary>Whether closing or reloading the tab asks first.</summary>
    public async Task GuardUnloadAsync(bool unsaved) => await (await _ready.Task).GuardUnloadAsync(unsaved);

    /// <summary>Lets the browser save the definition as drawn; it never travels through the circuit.</summary>
    public async Task ExportAsync(string fileName) => await (await _ready.Task).DownloadAsync(fileName);

    [JSInvokable]
    public async Task OnDefinitionChanged(IJSStreamReference definition, int revision, bool canUndo, bool canRedo, int panelEdits)
    {
        var json = await ReadAsync(definition);
        // Streams are read concurrently: a slow read of an older edit must not overwrite a newer one.
        if (revision <= _lastRevision)
            return;
        _lastRevision = revision;
        await DefinitionChanged.InvokeAsync(new CanvasChange(json, canUndo, canRedo, AwaitsPanelEdits: panelEdits < _panelEditsSent));
    }

    [JSInvokable]
    public Task OnSelectionChanged(string[] activityIds, int revision)
    {
        if (revision <= _lastSelectionRevision)
            return Task.CompletedTask;
        _lastSelectionRevision = revision;
        return SelectionChanged.InvokeAsync(activityIds);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_interop is not null)
            {
                await _interop.DestroyAsync();
                await _interop.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the browser with it: nothing is left to clean up there.
        }
        _self?.Dispose();
    }

    private static async Task<string> ReadAsync(IJSStreamReference reference)
    {
        await using var _ = reference;
        await using var stream = await reference.OpenReadStreamAsync(RequestBody.MaxDefinitionBytes);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}

/// <summary>An edit on the canvas: the whole definition after it, and whether undo and redo can go on.</summary>
/// <param name="AwaitsPanelEdits">The canvas made this report before it applied edits the page has sent since.</param>
public sealed record CanvasChange(string DefinitionJson, bool CanUndo, bool CanRedo, bool AwaitsPanelEdits = false);
