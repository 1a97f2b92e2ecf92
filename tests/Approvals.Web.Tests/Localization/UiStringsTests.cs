using System.Text.RegularExpressions;
using Approvals.Web.Hosting;
using Approvals.Web.Localization;

namespace Approvals.Web.Tests.Localization;

/// <summary>Every string the pages show exists in Simplified Chinese and in English.</summary>
public sealed partial class UiStringsTests
{
    private static Dictionary<string, string> Strings(string culture) => ResourceStrings.Of(typeof(SharedResource), culture);

    [Theory]
    [InlineData(typeof(SharedResource))]
    [InlineData(typeof(DesignerResource))]
    public void Chinese_and_English_have_the_same_keys_and_no_empty_text(Type resource)
    {
        var chinese = ResourceStrings.Of(resource, "");
        var english = ResourceStrings.Of(resource, "en");

        Assert.Equal(chinese.Keys.Order(), english.Keys.Order());
        Assert.All(chinese.Concat(english), e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Fact]
    public void Every_key_a_component_names_is_in_the_resources()
    {
        var keys = Strings("").Keys.ToHashSet();
        var web = Path.Combine(RepositoryRoot.Locate(), "src", "Approvals.Web");

        var missing = new[] { "Components", "Features" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(web, folder), "*.razor", SearchOption.AllDirectories))
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .Where(k => !keys.Contains(k.Key))
            .ToList();

        Assert.Empty(missing);
    }

    [GeneratedRegex("""L\["([A-Za-z0-9_]+)"\]""")]
    private static partial Regex LiteralKey();
}
