using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Approvals.Core.Documents;

/// <summary>
/// Turns the name a browser sends with an upload into a name that is safe to store and show: no directory,
/// no control or invisible characters, none of the characters or device names Windows refuses, at most
/// <see cref="MaxLength"/> characters with the extension kept. Chinese and other letters are kept as they are.
/// </summary>
public static partial class FileNameSanitizer
{
    public const int MaxLength = 120;

    private const string ForbiddenCharacters = "<>:\"/\\|?*";

    // An extension worth keeping or replacing: a dot and up to ten letters or digits.
    private const int MaxExtensionLength = 11;

    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Whether the name carries a directory part (<c>../a.pdf</c>, <c>C:\x\a.pdf</c>, <c>/etc/a.pdf</c>) or
    /// is itself a directory reference; such an upload is refused rather than silently renamed.
    /// </summary>
    public static bool ContainsPath(string? name) =>
        name is not null
        && (name.IndexOfAny(['/', '\\']) >= 0
            || name.Trim() is "." or ".."
            || DrivePrefix().IsMatch(name));

    /// <summary>The safe form of a name, or false when nothing usable is left of it.</summary>
    public static bool TrySanitize(string? name, [NotNullWhen(true)] out string? sanitized)
    {
        sanitized = null;
        if (string.IsNullOrWhiteSpace(name))
            return false;

        var text = name.Normalize(NormalizationForm.FormC);
        text = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
        text = RemoveUnsafeCharacters(text);
        text = DotRuns().Replace(text, ".");
        text = WhitespaceRuns().Replace(text, " ");
        text = text.Trim(' ', '.');
        if (text.Length == 0)
            return false;

        var (stem, extension) = Split(text);
        stem = stem.TrimEnd(' ', '.');
        if (ReservedDeviceNames.Contains(stem.Split('.')[0].TrimEnd()))
            stem = "_" + stem;
        sanitized = Fit(stem, extension);
        return sanitized.Length > 0;
    }

    /// <summary>
    /// The name with an extension that matches the content: kept when it already does, replaced when the
    /// name has a different short extension (<c>scan.pdf</c> holding a PNG becomes <c>scan.png</c>), added
    /// otherwise.
    /// </summary>
    public static string WithExtensionFor(string sanitizedName, DocumentContentType type)
    {
        var (stem, extension) = Split(sanitizedName);
        if (extension.Length > 0 && type.IsUsualExtension(extension))
            return sanitizedName;
        var kept = extension.Length > 0 ? stem : sanitizedName;
        return Fit(kept, type.CanonicalExtension());
    }

    /// <summary>The extension of a name (with its dot) when it is a short run of letters or digits, else empty.</summary>
    public static string ExtensionOf(string name) => Split(name).Extension;

    private static (string Stem, string Extension) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || name.Length - dot > MaxExtensionLength)
            return (name, string.Empty);
        var extension = name[dot..];
        return extension.Skip(1).All(char.IsAsciiLetterOrDigit) && extension.Length > 1
            ? (name[..dot], extension)
            : (name, string.Empty);
    }

    private static string Fit(string stem, string extension)
    {
        var room = MaxLength - extension.Length;
        if (stem.Length > room)
        {
            // Cut at a text-element boundary so no surrogate pair or combining sequence is split.
            var elements = StringInfo.ParseCombiningCharacters(stem);
            var cut = elements.LastOrDefault(start => start <= room);
            stem = stem[..cut].TrimEnd(' ', '.');
        }

        return stem.Length == 0 ? string.Empty : stem + extension;
    }

    private static string RemoveUnsafeCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                builder.Append(' ');
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                    or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || (rune.IsAscii && ForbiddenCharacters.Contains((char)rune.Value)))
                continue;
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z]:")]
    private static partial Regex DrivePrefix();

    [GeneratedRegex(@"\.{2,}")]
    private static partial Regex DotRuns();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex WhitespaceRuns();
}
