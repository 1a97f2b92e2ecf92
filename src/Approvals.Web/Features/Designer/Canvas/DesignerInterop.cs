using System.Runtime.CompilerServices;
using Approvals.UseCases.Instances;
using Approvals.Web.Features.Designer.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Approvals.Web.Features.Designer.Canvas;

/// <summary>
/// The designer's C#→JS contract: one typed method per function that the bridge module (Client/src/bridge.js,
/// bundled as wwwroot/designer/dist/designer.js) exports, named after it (<c>SetInputAsync</c> calls
/// <c>setInput</c>), taking its arguments after the designer. Nothing else calls the module; a test in
/// Approvals.Web.Tests fails when the methods and the module's exports differ.
/// </summary>
internal sealed class DesignerInterop : IAsyncDisposable
{
    public const string ModulePath = "./designer/dist/designer.js";

    private readonly IJSObjectReference _module;
    private readonly IJSObjectReference _designer;

    private DesignerInterop(IJSObjectReference module, IJSObjectReference designer)
    {
        _module = module;
        _designer = designer;
    }

    /// <summary>Imports the module and makes a canvas in <paramref name="container"/> that calls back <paramref name="callbacks"/>.</summary>
    public static async Task<DesignerInterop> CreateAsync<TCallbacks>(IJSRuntime js, ElementReference container, DesignerOptions options, DotNetObjectReference<TCallbacks> callbacks)
        where TCallbacks : class
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        var designer = await module.InvokeAsync<IJSObjectReference>(FunctionName(nameof(CreateAsync)), container, options, callbacks);
        return new DesignerInterop(module, designer);
    }

    /// <summary>The bridge function a method calls: its name without <c>Async</c>, starting in lower case.</summary>
    public static string FunctionName(string methodName)
    {
        var name = methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName[..^"Async".Length] : methodName;
        return string.Concat(name[..1].ToLowerInvariant(), name[1..]);
    }

    public ValueTask LoadAsync(string definitionJson, string descriptorsJson) => Call([definitionJson, descriptorsJson]);

    /// <summary>The definition as drawn, UTF-8 JSON, read as a stream whatever its size.</summary>
    public ValueTask<IJSStreamReference> GetDefinitionBytesAsync() => _module.InvokeAsync<IJSStreamReference>(FunctionName(nameof(GetDefinitionBytesAsync)), _designer);

    /// <param name="valueJson">The input's new value as JSON; null removes the input.</param>
    public ValueTask SetInputAsync(string activityId, string input, string? valueJson) => Call([activityId, input, valueJson]);

    public ValueTask SetNameAsync(string activityId, string? name, string culture) => Call([activityId, name, culture]);

    public ValueTask MarkProblemsAsync(IReadOnlyList<ProblemMark> problems) => Call([problems]);

    public ValueTask MarkExecutionAsync(ExecutionOverlay execution) => Call([execution]);

    public ValueTask MarkDiffAsync(DiffMarks diff) => Call([diff]);

    public ValueTask MarkCountsAsync(IReadOnlyList<ActivityCount> counts) => Call([counts]);

    public ValueTask RevealActivitiesAsync(IReadOnlyList<string> activityIds) => Call([activityIds]);

    public ValueTask SelectAsync(IReadOnlyList<string> activityIds) => Call([activityIds]);

    public ValueTask UndoAsync() => Call([]);

    public ValueTask RedoAsync() => Call([]);

    public ValueTask AutoLayoutAsync() => Call([]);

    public ValueTask ZoomToFitAsync() => Call([]);

    /// <param name="factor">Added to the scale: 0.1 zooms in by 10 %.</param>
    public ValueTask ZoomAsync(double factor) => Call([factor]);

    /// <summary>Lets the browser save the definition as drawn; it never travels through the circuit.</summary>
    public ValueTask DownloadAsync(string fileName) => Call([fileName]);

    /// <summary>Whether closing or reloading the tab asks first.</summary>
    public ValueTask GuardUnloadAsync(bool unsaved) => Call([unsaved]);

    /// <summary>Takes the canvas down in the browser (its graph and listeners).</summary>
    public ValueTask DestroyAsync() => Call([]);

    /// <summary>Releases the .NET handles of the module and the designer (not a bridge function).</summary>
    public async ValueTask DisposeAsync()
    {
        await _designer.DisposeAsync();
        await _module.DisposeAsync();
    }

    private ValueTask Call(object?[] arguments, [CallerMemberName] string method = "") =>
        _module.InvokeVoidAsync(FunctionName(method), [_designer, .. arguments]);
}
