using System.Text;

namespace Approvals.Core.Checks;

/// <summary>
/// Whether a number someone typed is likely a mistyped form of one a register holds: the same once full-width
/// characters, letter case, dashes and spaces are set aside, or one or two keystrokes apart (a character added, left
/// out, replaced, or two neighbours swapped — the optimal string alignment distance). Only ever asked about records of
/// the same holder, so a hint never discloses another person's certificate.
/// </summary>
public static class NumberNearMatch
{
    /// <summary>The most keystrokes a typo is taken to be.</summary>
    public const int MaxEdits = 2;

    /// <summary>Shorter numbers differ in two keystrokes from too many others to call it a typo.</summary>
    public const int MinLength = 6;

    public static bool IsLikelyTypo(string typed, string recorded)
    {
        var a = Normalise(typed);
        var b = Normalise(recorded);
        if (string.Equals(typed.Trim(), recorded, StringComparison.Ordinal))
            return false;
        if (a == b)
            return a.Length > 0;
        return Math.Min(a.Length, b.Length) >= MinLength && Math.Abs(a.Length - b.Length) <= MaxEdits && Edits(a, b) <= MaxEdits;
    }

    /// <summary>The number with full-width characters made half-width, upper case, and no dashes, dots, slashes or spaces.</summary>
    public static string Normalise(string number)
    {
        var text = new StringBuilder(number.Length);
        foreach (var c in number.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '/' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212')
                continue;
            text.Append(char.ToUpperInvariant(c));
        }
        return text.ToString();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Edits(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
