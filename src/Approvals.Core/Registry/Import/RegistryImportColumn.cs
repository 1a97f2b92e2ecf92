using Approvals.Text;

namespace Approvals.Core.Registry.Import;

/// <summary>
/// A column of an import file. The template's header reads <c>中文(English)</c>, so a clerk sees both; a header
/// holding only the Chinese or only the English name is read as well.
/// </summary>
/// <param name="Key">The stable name the report and the API use, e.g. <c>idNumber</c>.</param>
/// <param name="Name">The header in Chinese and English.</param>
/// <param name="Sample">A value that passes, for the template's help sheet (its Chinese text).</param>
/// <param name="IsOptional">Whether a file may leave the column out (its cells then read as empty).</param>
public sealed record RegistryImportColumn(string Key, LocalizedText Name, LocalizedText Sample, bool IsOptional = false)
{
    public string Zh => Name.ZhCn;

    public string En => Name.En;

    public string Example => Sample.ZhCn;

    public string Header => $"{Zh}({En})";

    /// <summary>Whether a header cell names this column: its Chinese name, its English name, or both as in the template.</summary>
    public bool IsNamedBy(string? header)
    {
        var text = (header ?? "").Trim().Replace('（', '(').Replace('）', ')');
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var outside = (open < 0 ? text : text[..open]).Trim();
        var inside = open < 0 ? "" : text[(open + 1)..].TrimEnd(')').Trim();
        return Matches(outside) || Matches(inside);
    }

    private bool Matches(string part) =>
        part.Length > 0 && (part == Zh || string.Equals(part, En, StringComparison.OrdinalIgnoreCase) || string.Equals(part, Key, StringComparison.OrdinalIgnoreCase));
}
