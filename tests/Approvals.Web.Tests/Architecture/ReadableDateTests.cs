using System.Text.RegularExpressions;

namespace Approvals.Web.Tests.Architecture;

/// <summary>
/// People read a date one way per language (2026年12月6日 / 6 Dec 2026, through <c>ShanghaiTime</c> and
/// <c>ReadableDates</c>): no page or component writes its own numeric date format. A date picker's input format is
/// what a person types and stays.
/// </summary>
public sealed partial class ReadableDateTests
{
    [Fact]
    public void No_page_or_component_formats_a_date_itself()
    {
        var offending = WebSources.Files("*.razor").Concat(WebSources.Files("*.cs"))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}Api{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: WebSources.Relative(file), Line: index + 1, Text: line)))
            .Where(line => NumericDateFormat().IsMatch(InputFormat().Replace(line.Text, "")))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}")
            .ToList();

        Assert.Empty(offending);
    }

    [GeneratedRegex(@"yyyy[-/.]MM|MM[-/.]dd|yyyyMMdd")]
    private static partial Regex NumericDateFormat();

    [GeneratedRegex(@"DateFormat=""[^""]*""|FormData\.DateFormat")]
    private static partial Regex InputFormat();
}
