using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace Approvals.Web.Tests.Architecture;

/// <summary>
/// Endpoints (the files in an Api folder) answer HTTP without the UI: they import no namespace that holds a Blazor
/// component, so a page can change without touching the API and the API never drags page code into a request.
/// </summary>
public sealed partial class EndpointDependencyTests
{
    [Fact]
    public void No_endpoint_file_imports_a_component_namespace()
    {
        var componentNamespaces = typeof(Program).Assembly.GetTypes()
            .Where(type => typeof(IComponent).IsAssignableFrom(type) && type.Namespace is not null)
            .Select(type => type.Namespace!)
            .ToHashSet();

        var imports = EndpointFiles()
            .SelectMany(file => Using().Matches(File.ReadAllText(file)).Select(m => (File: WebSources.Relative(file), Namespace: m.Groups[1].Value)))
            .Where(import => componentNamespaces.Contains(import.Namespace))
            .ToList();

        Assert.Empty(imports);
    }

    [Fact]
    public void Every_feature_keeps_its_endpoints_in_an_Api_folder_and_no_page_there()
    {
        var endpoints = EndpointFiles().Select(WebSources.Relative).ToList();
        var pagesInApi = WebSources.Files("*.razor").Select(WebSources.Relative).Where(InApiFolder).ToList();
        var mapsOutsideApi = WebSources.Files("*.cs")
            .Where(file => !InApiFolder(WebSources.Relative(file)) && MapsRoutes().IsMatch(File.ReadAllText(file)))
            .Select(WebSources.Relative)
            .ToList();

        Assert.Contains("Features/Tasks/Api/TasksApi.cs", endpoints);
        Assert.Empty(pagesInApi);
        Assert.Empty(mapsOutsideApi);
    }

    private static IEnumerable<string> EndpointFiles() => WebSources.Files("*.cs").Where(file => InApiFolder(WebSources.Relative(file)));

    private static bool InApiFolder(string relative) => relative.Split('/').SkipLast(1).Contains("Api");

    [GeneratedRegex(@"^\s*using\s+(?:static\s+)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"\.Map(Get|Post|Put|Delete|Patch|Group)\(")]
    private static partial Regex MapsRoutes();
}
