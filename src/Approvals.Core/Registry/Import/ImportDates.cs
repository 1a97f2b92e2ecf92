using System.Globalization;

namespace Approvals.Core.Registry.Import;

/// <summary>
/// A date as a clerk writes it in a register: ISO <c>2025-03-01</c>, <c>2025/3/1</c>, <c>2025.3.1</c>,
/// <c>20250301</c> or the Chinese form (year, month, day with their characters), as the catalog lists the formats.
/// </summary>
public static class ImportDates
{
    public static bool TryParse(string? text, out DateOnly date)
    {
        var value = (text ?? "").Trim();
        return DateOnly.TryParseExact(value, [.. ImportWords.Of(Texts.RegistryImportWords_DateFormats)], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
