using System.Reflection;
using System.Text.RegularExpressions;
using Approvals.Web.Features.Designer.Canvas;
using Microsoft.JSInterop;

namespace Approvals.Web.Tests.Designer;

/// <summary>
/// The designer's interop is one contract kept on both sides: DesignerInterop (C#) calls exactly the functions the
/// bridge module exports, with their arguments, and the canvas calls back exactly the [JSInvokable] methods of
/// DesignerCanvas. A name changed on one side only would otherwise break the designer in the browser alone.
/// </summary>
public sealed partial class InteropContractTests
{
    private static readonly string ClientSources = Path.Combine(RepositoryRoot.Locate(), "src", "Approvals.Web", "Features", "Designer", "Client", "src");

    [Fact]
    public void Every_bridge_function_has_one_DesignerInterop_method_and_every_method_one_function()
    {
        var exported = BridgeExports().Keys.Order(StringComparer.Ordinal);
        var called = InteropMethods().Select(m => DesignerInterop.FunctionName(m.Name)).Order(StringComparer.Ordinal);

        Assert.Equal(exported, called);
    }

    [Fact]
    public void Each_bridge_function_takes_the_designer_and_the_arguments_its_DesignerInterop_method_passes()
    {
        var exports = BridgeExports();
        foreach (var method in InteropMethods().Where(m => !m.IsStatic))
        {
            var function = DesignerInterop.FunctionName(method.Name);
            Assert.True(exports.TryGetValue(function, out var parameters), $"bridge.js does not export {function}.");
            Assert.Equal(["designer", .. method.GetParameters().Select(p => p.Name!)], parameters);
        }
    }

    [Fact]
    public void The_canvas_calls_back_exactly_the_JSInvokable_methods_of_DesignerCanvas()
    {
        var callbacks = CallbackNameLiteral().Matches(File.ReadAllText(Path.Combine(ClientSources, "callbacks.js")))
            .Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        var invokable = typeof(DesignerCanvas).GetMethods()
            .Where(m => m.GetCustomAttribute<JSInvokableAttribute>() is not null)
            .Select(m => m.Name).Order(StringComparer.Ordinal);

        Assert.Equal(invokable, callbacks);
    }

    [Fact]
    public void No_module_but_callbacks_names_a_dotnet_method()
    {
        var naming = Directory.EnumerateFiles(ClientSources, "*.js")
            .Where(f => InvokeWithLiteral().IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName);

        Assert.Empty(naming);
    }

    private static IEnumerable<MethodInfo> InteropMethods() =>
        typeof(DesignerInterop).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.Name != nameof(DesignerInterop.DisposeAsync) && m.Name != nameof(DesignerInterop.FunctionName));

    private static Dictionary<string, string[]> BridgeExports() =>
        ExportedFunction().Matches(File.ReadAllText(Path.Combine(ClientSources, "bridge.js")))
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    [GeneratedRegex(@"^export function (\w+)\(([^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex ExportedFunction();

    [GeneratedRegex(@"^\s+\w+: '(\w+)',", RegexOptions.Multiline)]
    private static partial Regex CallbackNameLiteral();

    [GeneratedRegex(@"invokeMethodAsync\(\s*['""`]")]
    private static partial Regex InvokeWithLiteral();
}
