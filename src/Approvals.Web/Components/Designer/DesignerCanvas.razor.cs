using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Designer;
using Approvals.Web.Endpoints;
using Approvals.Web.Components.Shared;
using Approvals.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace Approvals.Web.Components.Designer;

/// <summary>
/// The AntV X6 canvas (wwwroot/designer/dist/designer.js). The page owns the definition; the canvas reports
/// each edit as the whole definition through a JS stream, so a large procedure never meets the circuit's
/// message-size limit (a plain interop argument from the browser is limited to 32 KB by default).
/// </summary>
public sealed partial class DesignerCanvas : IAsyncDisposable
{
    private const string ModulePath = "./designer/dist/designer.js";

    private static readonly JsonSerializerOptions InteropJson = new(JsonSerializerDefaults.Web);

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ElementReference _palette;
    private ElementReference _canvas;
    private ElementReference _minimap;
    private IJSObjectReference? _module;
    private IJSObjectReference? _designer;
    private DotNetObjectReference<DesignerCanvas>? _self;
    private int _lastRevision;
    private int _lastSelectionRevision;
    private int _panelEditsSent;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = default!;

    [Parameter] public bool ReadOnly { get; set; }

    [Parameter] public string Culture { get; set; } = "zh-CN";

    [Parameter] public string Height { get; set; } = "70vh";

    /// <summary>Raised after every edit (debounced in the browser) with the whole definition.</summary>
    [Parameter] public EventCallback<CanvasChange> DefinitionChanged { get; set; }

    [Parameter] public EventCallback<IReadOnlyList<string>> SelectionChanged { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        _self = DotNetObjectReference.Create(this);
        var options = new Dictionary<string, object?>
        {
            ["readOnly"] = ReadOnly,
            ["culture"] = Culture,
            ["portLabels"] = OutcomeLabels.All(Text),
            ["minimapContainer"] = _minimap,
        };
        if (!ReadOnly)
            options["paletteContainer"] = _palette;
        _designer = await _module.InvokeAsync<IJSObjectReference>("create", _canvas, options, _self);
        _ready.TrySetResult();
    }

    /// <param name="descriptorsJson">The activity descriptors as <c>GET /api/activities</c> gives them.</param>
    public async Task LoadAsync(string definitionJson, string descriptorsJson)
    {
        await _ready.Task;
        await _designer!.InvokeVoidAsync("load", definitionJson, descriptorsJson);
    }

    /// <summary>The definition as drawn, read through a stream whatever its size.</summary>
    public async Task<string> GetDefinitionAsync()
    {
        await _ready.Task;
        var stream = await _designer!.InvokeAsync<IJSStreamReference>("getDefinitionBytes");
        return await ReadAsync(stream);
    }

    /// <summary>Sets one input of an activity on the canvas (null removes it), as one undoable step.</summary>
    public async Task SetInputAsync(string activityId, string input, JsonNode? value)
    {
        _panelEditsSent++;
        await _ready.Task;
        await _designer!.InvokeVoidAsync("setInput", activityId, input, value?.ToJsonString());
    }

    public async Task SetNameAsync(string activityId, string? name)
    {
        _panelEditsSent++;
        await _ready.Task;
        await _designer!.InvokeVoidAsync("setName", activityId, name);
    }

    public Task MarkProblemsAsync(IEnumerable<DesignerProblem> problems) =>
        CallAsync("markProblems", problems.Where(p => p.ActivityId is not null).Select(p => new { activityId = p.ActivityId, message = p.Message }).ToList());

    public Task MarkExecutionAsync(ExecutionOverlay overlay) => CallAsync("markExecution", overlay);

    public Task SelectAsync(string activityId) => CallAsync("select", (object)new[] { activityId });

    public Task UndoAsync() => CallAsync("undo");

    public Task RedoAsync() => CallAsync("redo");

    public Task AutoLayoutAsync() => CallAsync("autoLayout");

    public Task ZoomToFitAsync() => CallAsync("zoomToFit");

    public Task ZoomAsync(double factor) => CallAsync("zoom", factor);

    /// <summary>Lets the browser save the definition as drawn; it never travels through the circuit.</summary>
    public Task ExportAsync(string fileName) => CallAsync("download", fileName);

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
            if (_designer is not null)
            {
                await _designer.InvokeVoidAsync("dispose");
                await _designer.DisposeAsync();
            }
            if (_module is not null)
                await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the browser with it: nothing is left to clean up there.
        }
        _self?.Dispose();
    }

    private async Task CallAsync(string method, params object?[] args)
    {
        await _ready.Task;
        await _designer!.InvokeVoidAsync(method, args.Select(a => a is null ? null : (object)JsonSerializer.SerializeToElement(a, InteropJson)).ToArray());
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
