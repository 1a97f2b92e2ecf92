using System.Text;

namespace Approvals.Core.Registry;

/// <summary>
/// A number the registry holds a record under, read as an opaque identifier: the platform's own
/// (<see cref="RegistrationNumber"/>) or one a province issued before the platform (<c>沪计注〔2019〕R1-0012</c>,
/// <c>苏计量注2020-0345</c>), kept as issued. What a record is (kind, level, district, expiry, status) is the registry's
/// to say, never the number's.
/// </summary>
public static class RegistryNumbers
{
    /// <summary>The longest number a record may carry (the registry's columns hold 32 characters).</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// The one form a number is stored and looked up in: trimmed, full-width letters, digits and signs folded to their
    /// half-width forms (NFKC, so a number typed in a Chinese input method's full-width mode is the same number), and in
    /// upper case (Chinese characters have none).
    /// </summary>
    public static string Normalize(string number) =>
        number.Trim().Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();

    /// <summary>Null for nothing or blanks; otherwise <see cref="Normalize(string)"/>.</summary>
    public static string? NormalizeOrNull(string? number) =>
        string.IsNullOrWhiteSpace(number) ? null : Normalize(number);

    /// <summary>Whether a normalised number can be recorded: not empty, not too long, no control characters.</summary>
    public static bool IsRecordable(string normalized) =>
        normalized.Length is > 0 and <= MaxLength && !normalized.Any(char.IsControl);
}
