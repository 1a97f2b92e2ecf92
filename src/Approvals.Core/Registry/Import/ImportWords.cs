namespace Approvals.Core.Registry.Import;

/// <summary>
/// The ways a register writes a value (a level, a certificate kind, a date format), kept in the catalogs as
/// <c>|</c>-separated lists in each language, so a clerk may write either language's word.
/// </summary>
internal static class ImportWords
{
    public static IReadOnlyList<string> Of(string key)
    {
        var words = Texts.Text(key);
        return [.. words.ZhCn.Split('|').Concat(words.En.Split('|')).Select(w => w.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    public static bool Names(string key, string? text)
    {
        var value = (text ?? "").Trim();
        return value.Length > 0 && Of(key).Contains(value, StringComparer.OrdinalIgnoreCase);
    }
}
