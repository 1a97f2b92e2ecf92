using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Approvals.Web.Tests.Architecture;

/// <summary>Central package versions stay the list of what the projects use, and Moq comes only where something is mocked.</summary>
public sealed partial class PackageReferenceTests
{
    private static readonly string Root = RepositoryRoot.Locate();

    [Fact]
    public void Every_central_package_version_is_referenced_by_some_project()
    {
        var versions = Includes(XDocument.Load(Path.Combine(Root, "Directory.Packages.props")), "PackageVersion");
        var referenced = Projects().SelectMany(p => Includes(XDocument.Load(p), "PackageReference")).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unused = versions.Where(v => !referenced.Contains(v)).ToList();

        Assert.True(unused.Count == 0, $"No project references {string.Join(", ", unused)}; remove it from Directory.Packages.props.");
    }

    [Fact]
    public void Only_test_projects_that_mock_something_reference_Moq()
    {
        var referencing = Projects().Where(p => Includes(XDocument.Load(p), "PackageReference").Contains("Moq", StringComparer.OrdinalIgnoreCase));
        var notMocking = referencing.Where(project => !SourceFiles(Path.GetDirectoryName(project)!).Any(f => MocksSomething().IsMatch(File.ReadAllText(f))));

        Assert.Empty(notMocking.Select(p => Path.GetRelativePath(Root, p)));
    }

    [Fact]
    public void No_source_file_imports_Moq_without_mocking()
    {
        var needless = Projects().SelectMany(p => SourceFiles(Path.GetDirectoryName(p)!))
            .Where(f => File.ReadAllText(f) is var text && ImportsMoq().IsMatch(text) && !MocksSomething().IsMatch(text));

        Assert.Empty(needless.Select(f => Path.GetRelativePath(Root, f)));
    }

    private static IEnumerable<string> Projects() =>
        Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories).Where(p => !IsBuildOutput(p));

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f));

    private static bool IsBuildOutput(string path) =>
        Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules");

    private static List<string> Includes(XDocument document, string element) =>
        document.Descendants(element).Select(e => (string?)e.Attribute("Include")).OfType<string>().ToList();

    [GeneratedRegex(@"\bMock(<|\.Of<)")]
    private static partial Regex MocksSomething();

    [GeneratedRegex(@"^using Moq;", RegexOptions.Multiline)]
    private static partial Regex ImportsMoq();
}
