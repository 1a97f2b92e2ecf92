using System.Text.RegularExpressions;
using Approvals.Web.Features.Designer.Model;
using Approvals.Workflows.Forms;
using Approvals.Web.Localization;
using Approvals.Web.Tests.Architecture;
using Approvals.Workflows.Deadlines;

namespace Approvals.Web.Tests.Localization;

/// <summary>Every key the designer and the instance viewer name is in their resources (whose cultures <see cref="UiStringsTests"/> compares).</summary>
public sealed partial class DesignerStringsTests
{
    private static Dictionary<string, string> Strings(string culture) => ResourceStrings.Of(typeof(DesignerResource), culture);

    [Fact]
    public void Every_key_a_component_names_through_its_designer_localizer_is_in_the_resources()
    {
        var keys = Strings("").Keys.ToHashSet();

        var named = WebSources.Files("*.razor")
            .Select(file => (File: Path.GetFileName(file), Text: File.ReadAllText(file)))
            .SelectMany(f => Localizer().Matches(f.Text).Select(m => m.Groups["name"].Success ? m.Groups["name"].Value : "T")
                .SelectMany(name => Regex.Matches(f.Text, $$"""\b{{name}}\["([A-Za-z0-9_]+)"\]""").Select(k => (f.File, Key: k.Groups[1].Value))))
            .ToList();
        var missing = named.Where(k => !keys.Contains(k.Key)).ToList();

        Assert.NotEmpty(named);
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_key_the_structured_editors_compose_is_in_the_resources()
    {
        var keys = Strings("").Keys.ToHashSet();
        var composed = FormFieldTypes.All.Select(type => $"FormFieldType_{type}")
            .Concat(Enum.GetNames<EditorProblemKind>().Select(kind => $"Problem_{kind}"))
            .Concat(Enum.GetNames<EscalationAction>().Select(action => $"Escalation_{action}"))
            .Concat(["FormField_Row", "SwitchCase_Row"])
            .ToList();
        var missing = composed.Except(keys).ToList();

        Assert.Empty(missing);
    }

    // Injected by name, or inherited as T from the structured editors' base.
    [GeneratedRegex("""IStringLocalizer<DesignerResource>\s+(?<name>\w+)|@inherits\s+(?:Structured|Rows)Editor<""")]
    private static partial Regex Localizer();
}
