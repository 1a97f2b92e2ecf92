namespace Approvals.Web.Tests.Architecture;

/// <summary>A Razor file does one thing and reads in one sitting: over 200 lines it holds more than one purpose.</summary>
public sealed class RazorFileSizeTests
{
    private const int MaxLines = 200;

    [Fact]
    public void No_Razor_file_is_longer_than_200_lines()
    {
        var tooLong = WebSources.Files("*.razor")
            .Select(file => (File: WebSources.Relative(file), Lines: File.ReadLines(file).Count()))
            .Where(file => file.Lines > MaxLines)
            .ToList();

        Assert.Empty(tooLong);
    }
}
