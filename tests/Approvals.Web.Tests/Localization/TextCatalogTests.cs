using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Approvals.Web.Tests.Localization;

/// <summary>
/// The texts people read live in one catalog per project (Texts.resx in Chinese, Texts.en.resx in English), never
/// as inline zh/en pairs in code: a translator finds every text in one place, and no language can be forgotten.
/// </summary>
public sealed partial class TextCatalogTests
{
    /// <summary>Files under src whose code may hold Chinese characters, each with the reason it must.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["Approvals.Infrastructure/Metrology/Registry/DevelopmentRegistrySeed.cs"] =
            "Development sample data: people's and companies' names as a real registry holds them, in Chinese only; no text the application says.",
        ["Approvals.Web/Identity/DevelopmentAccounts.cs"] =
            "Development accounts' display names, sample data like the registry seed; no text the application says.",
    };

    private static string Src => Path.Combine(RepositoryRoot.Locate(), "src");

    [Fact]
    public void No_code_file_under_src_holds_Chinese_text_outside_the_catalogs()
    {
        var offenders = CodeFiles()
            .Where(file => !Allowed.ContainsKey(Relative(file)))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Relative(file), Line: i + 1, Text: line)))
            .Where(l => ChineseCharacter().IsMatch(CodeOf(l.Text)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Chinese text in code; move it into the project's Texts.resx and Texts.en.resx:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_allowed_file_still_exists_and_still_needs_its_exception()
    {
        var stale = Allowed.Keys
            .Where(path => !File.Exists(Path.Combine(Src, path)) || !File.ReadLines(Path.Combine(Src, path)).Any(l => ChineseCharacter().IsMatch(CodeOf(l))))
            .ToList();

        Assert.True(stale.Count == 0, "Remove from the allow-list: " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_catalog_key_has_a_Chinese_and_an_English_text_that_format_alike()
    {
        var catalogs = Directory.EnumerateFiles(Src, "Texts.resx", SearchOption.AllDirectories).Where(NotBuildOutput).ToList();
        Assert.NotEmpty(catalogs);

        var problems = new List<string>();
        foreach (var neutral in catalogs)
        {
            var chinese = Entries(neutral);
            var english = Entries(Path.ChangeExtension(neutral, ".en.resx"));
            var name = Relative(neutral);
            problems.AddRange(chinese.Keys.Except(english.Keys).Select(k => $"{name}: {k} has no English text"));
            problems.AddRange(english.Keys.Except(chinese.Keys).Select(k => $"{name}: {k} has no Chinese text"));
            problems.AddRange(chinese.Concat(english).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{name}: {e.Key} is empty"));
            problems.AddRange(chinese.Keys.Intersect(english.Keys)
                .Where(k => IsFormat(chinese[k]) || IsFormat(english[k]))
                .Where(k => !Formats(chinese[k]) || !Formats(english[k]))
                .Select(k => $"{name}: {k} is not a valid format string in both languages"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("""    Title = new("未找到", "Not found"),""", true)]
    [InlineData("""    Title = Texts.Text(Texts.NotFoundRefusal_NotFound),""", false)]
    [InlineData("""    /// <summary>A recognition (互认) of a registration.</summary>""", false)]
    [InlineData("""    ['9'] = "123",  // 市场监管(工商): 企业""", false)]
    [InlineData("""    var url = "https://example.org/a"; var t = "中文";""", true)]
    [InlineData("""    string.Join("、", names)""", false)]
    public void The_guard_sees_Chinese_in_code_but_not_in_comments_or_a_list_separator(string line, bool offends)
    {
        Assert.Equal(offends, ChineseCharacter().IsMatch(CodeOf(line)));
    }

    /// <summary>A line without its comment: names of legal terms in comments (行政许可法) explain the code, they are not shown.</summary>
    private static string CodeOf(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*') || trimmed.StartsWith("/*", StringComparison.Ordinal))
            return "";
        var comment = TrailingComment().Match(line);
        return comment.Success ? line[..comment.Index] : line;
    }

    private static IEnumerable<string> CodeFiles() =>
        Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories).Where(NotBuildOutput);

    private static bool NotBuildOutput(string path) =>
        !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules");

    private static string Relative(string path) => Path.GetRelativePath(Src, path).Replace(Path.DirectorySeparatorChar, '/');

    private static Dictionary<string, string> Entries(string resx) =>
        File.Exists(resx)
            ? XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "")
            : [];

    private static bool IsFormat(string text) => Placeholder().IsMatch(text);

    private static bool Formats(string text)
    {
        try
        {
            _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, Enumerable.Range(0, 10).Cast<object?>().ToArray());
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // CJK ideographs (the basic block and extension A); punctuation such as the list separator "、" is not text.
    [GeneratedRegex(@"[\u3400-\u4DBF\u4E00-\u9FFF]")]
    private static partial Regex ChineseCharacter();

    // A "//" followed by no quote up to the end of the line starts a comment (not "https://…" inside a string).
    [GeneratedRegex("""\s//[^"]*$""")]
    private static partial Regex TrailingComment();

    [GeneratedRegex(@"\{\d+(,-?\d+)?(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
