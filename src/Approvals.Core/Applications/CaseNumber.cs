using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Approvals.Core.Applications;

/// <summary>
/// The number an applicant and the bureau read a case by, e.g. <c>SQ-310118-2026-000123</c>: <c>SQ</c> (申请),
/// the deciding district, the year the case was submitted in the zone's time, and a sequence counted per district
/// and year. A draft has none; submission assigns it once.
/// </summary>
public sealed partial record CaseNumber(string DistrictCode, int Year, int Sequence)
{
    public const string Prefix = "SQ";
    public const int MaxLength = 21;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{DistrictCode}-{Year:D4}-{Sequence:D6}");

    /// <summary>Reads a number as typed; surrounding spaces and lower-case letters are accepted.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out CaseNumber result)
    {
        result = null;
        var match = s is null ? Match.Empty : Pattern().Match(s.Trim().ToUpperInvariant());
        if (!match.Success)
            return false;
        var sequence = int.Parse(match.Groups["sequence"].ValueSpan, CultureInfo.InvariantCulture);
        if (sequence < 1)
            return false;
        result = new CaseNumber(match.Groups["district"].Value, int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture), sequence);
        return true;
    }

    [GeneratedRegex(@"^SQ-(?<district>[0-9]{6})-(?<year>[0-9]{4})-(?<sequence>[0-9]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
