using System.Text.RegularExpressions;
using Approvals.Web.Localization;
using Approvals.Web.Tests.Architecture;

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

        var missing = WebSources.Files("*.razor")
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .Where(k => !keys.Contains(k.Key))
            .ToList();

        Assert.Empty(missing);
    }

    [GeneratedRegex("""L\["([A-Za-z0-9_]+)"\]""")]
    private static partial Regex LiteralKey();
}
