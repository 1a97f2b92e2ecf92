
namespace Approvals.Web.Tests.Repository;

/// <summary>
/// Windows and macOS clones fold letter case: two paths that differ only by it collapse into one there, and one of
/// the two silently loses its files.
/// </summary>
public sealed class PathCaseTests
{
    [Fact]
    public void No_two_paths_in_the_repository_differ_only_by_letter_case()
    {
        var paths = RepositoryPaths().SelectMany(Prefixes).Distinct(StringComparer.Ordinal);

        var collisions = paths.GroupBy(p => p, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g.Order(StringComparer.Ordinal)))
            .ToList();

        Assert.True(collisions.Count == 0, "Paths that differ only by letter case: " + string.Join("; ", collisions));
    }

    [Fact]
    public void A_folder_and_a_file_differing_only_by_case_are_found_as_a_collision()
    {
        var prefixes = new[] { "src/Web/Designer/A.cs", "src/Web/designer/b.js" }.SelectMany(Prefixes).Distinct(StringComparer.Ordinal);

        Assert.Contains(prefixes.GroupBy(p => p, StringComparer.OrdinalIgnoreCase), g => g.Count() == 2 && g.Key.EndsWith("esigner", StringComparison.Ordinal));
    }

    // Every folder on the way to a file is a path too: src/Web/Designer and src/Web/designer collide even when no
    // two files do.
    private static IEnumerable<string> Prefixes(string path)
    {
        var parts = path.Split('/');
        for (var i = 1; i <= parts.Length; i++)
            yield return string.Join('/', parts[..i]);
    }

    // Folders git ignores (build output, packages, the bundle, local data) are not in a clone.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        ".git", "bin", "obj", "node_modules", "TestResults", "dist", "data", "BenchmarkDotNet.Artifacts", "out", ".vs", ".idea",
    };

    private static IEnumerable<string> RepositoryPaths() => Walk(new DirectoryInfo(RepositoryRoot.Locate()), "");

    private static IEnumerable<string> Walk(DirectoryInfo folder, string prefix)
    {
        foreach (var file in folder.EnumerateFiles())
        {
            if (file.Name != ".git")
                yield return prefix + file.Name;
        }
        foreach (var child in folder.EnumerateDirectories().Where(d => !Ignored.Contains(d.Name)))
        {
            foreach (var path in Walk(child, prefix + child.Name + "/"))
                yield return path;
        }
    }
}
