using System.Globalization;
using Approvals.Text;

namespace Approvals.Workflows.Models;

/// <summary>
/// Texts a definition carries per language, keyed by culture name (<c>zh-CN</c>, <c>en</c>). A definition written
/// before there were languages has one text; it then serves every language.
/// </summary>
public static class PerLanguage
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    /// <summary>The cultures a definition must name its texts in.</summary>
    public static IReadOnlyList<string> Cultures { get; } = [Chinese, English];

    /// <summary>The text in the language of <paramref name="culture"/>, else the single text, else the other language.</summary>
    public static string? In(IReadOnlyDictionary<string, string>? texts, string? single, string culture)
    {
        var wanted = IsEnglish(culture) ? English : Chinese;
        if (texts is not null && texts.TryGetValue(wanted, out var text) && !string.IsNullOrWhiteSpace(text))
            return text.Trim();
        if (!string.IsNullOrWhiteSpace(single))
            return single.Trim();
        return texts?.Values.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();
    }

    /// <summary>The text in the UI's current language.</summary>
    public static string? Local(IReadOnlyDictionary<string, string>? texts, string? single) =>
        In(texts, single, CultureInfo.CurrentUICulture.Name);

    /// <summary>Both languages of a text, each falling back as <see cref="In"/> does; null when there is none.</summary>
    public static LocalizedText? Both(IReadOnlyDictionary<string, string>? texts, string? single) =>
        In(texts, single, Chinese) is { } zhCn ? new LocalizedText(zhCn, In(texts, single, English) ?? zhCn) : null;

    public static bool IsEnglish(string? culture) => culture?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The activity's name in <paramref name="culture"/>, else its id.</summary>
    public static string NameIn(this ActivityModel activity, string culture) => In(activity.Names, activity.Name, culture) ?? activity.Id;

    /// <summary>The procedure's name in <paramref name="culture"/>, else its id.</summary>
    public static string NameIn(this WorkflowDefinition definition, string culture) => In(definition.Names, definition.Name, culture) ?? definition.DefinitionId;

    public static string? DescriptionIn(this WorkflowDefinition definition, string culture) => In(definition.Descriptions, definition.Description, culture);
}
