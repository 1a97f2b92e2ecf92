
namespace Approvals.Web.Tests.Architecture;

/// <summary>
/// The Web project's own source files, wherever a feature folder puts them (build output and the designer's npm
/// packages excluded), so a rule over pages or endpoints also covers the folders added after it was written.
/// </summary>
public static class WebSources
{
    public static string Root { get; } = Path.Combine(RepositoryRoot.Locate(), "src", "Approvals.Web");

    public static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Root, pattern, SearchOption.AllDirectories).Where(file => !IsGenerated(file));

    public static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    private static bool IsGenerated(string file) =>
        Relative(file).Split('/') is var parts && parts.Any(part => part is "bin" or "obj" or "node_modules" or "wwwroot");
}
