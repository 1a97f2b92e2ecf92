using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Approvals.Core.Registry;

/// <summary>
/// The format the platform mints its own registration and recognition numbers in. Only minting reads it (the next
/// sequence, and the import refusing a number in this format that contradicts its row); everywhere else a number is an
/// opaque identifier (<see cref="RegistryNumbers"/>) and what it names — kind, level, district — is the registry's.
/// </summary>
/// <remarks>
/// <para>Format: <c>CSJ-{kind}-{district}-{year}-{sequence}</c>, e.g. <c>CSJ-R2-310118-2026-000001</c>.</para>
/// <list type="bullet">
/// <item><c>CSJ</c>: 长三角 (Chang San Jiao), the Yangtze River Delta demonstration zone that issues it.</item>
/// <item><c>kind</c>: <c>R1</c> / <c>R2</c> a level 1 / level 2 registration (注册); <c>M1</c> / <c>M2</c> the
/// mutual recognition (互认) of a level 1 / level 2 registration; <c>MC</c> the mutual recognition of a project
/// assessment certificate or verifier certificate, which has no level.</item>
/// <item><c>district</c>: the GB/T 2260 code of the zone district that issued it (for a recognition, the district
/// that recognised it), e.g. <c>310118</c>.</item>
/// <item><c>year</c>: the four-digit year of issue.</item>
/// <item><c>sequence</c>: six digits from <c>000001</c>, counted per kind, district and year.</item>
/// </list>
/// <para>Every part is fixed in width, so the number is 25 characters and sorts by kind, district and year.</para>
/// </remarks>
public sealed partial record RegistrationNumber : IParsable<RegistrationNumber>
{
    public const string Prefix = "CSJ";
    public const int MaxSequence = 999_999;

    private RegistrationNumber(RegistryRecordKind kind, MetrologistLevel? level, string districtCode, int year, int sequence)
    {
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind.");
        if ((kind == RegistryRecordKind.CertificateRecognition) != (level is null))
            throw new ArgumentException($"A {kind} {(level is null ? "needs" : "has no")} level.", nameof(level));
        if (level is { } l && !Enum.IsDefined(l))
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level.");
        if (districtCode is not { Length: 6 } || !districtCode.All(char.IsAsciiDigit))
            throw new ArgumentException("A district code is six digits.", nameof(districtCode));
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);

        Kind = kind;
        Level = level;
        DistrictCode = districtCode;
        Year = year;
        Sequence = sequence;
    }

    public RegistryRecordKind Kind { get; }

    /// <summary>The metrologist level; null for a certificate recognition.</summary>
    public MetrologistLevel? Level { get; }

    /// <summary>The zone district that issued the registration or recognition.</summary>
    public string DistrictCode { get; }

    public int Year { get; }

    public int Sequence { get; }

    public static RegistrationNumber ForRegistration(MetrologistLevel level, string districtCode, int year, int sequence) =>
        new(RegistryRecordKind.Registration, level, districtCode, year, sequence);

    public static RegistrationNumber ForRegistrationRecognition(MetrologistLevel level, string districtCode, int year, int sequence) =>
        new(RegistryRecordKind.RegistrationRecognition, level, districtCode, year, sequence);

    public static RegistrationNumber ForCertificateRecognition(string districtCode, int year, int sequence) =>
        new(RegistryRecordKind.CertificateRecognition, null, districtCode, year, sequence);

    /// <summary>The number's text before its sequence (e.g. <c>CSJ-R2-310118-2026-</c>): the series it is counted in.</summary>
    public string Series => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{KindCode}-{DistrictCode}-{Year:D4}-");

    /// <summary>The number of the series with the given sequence, as text.</summary>
    public static string InSeries(string series, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{series}{sequence:D6}");

    public override string ToString() => InSeries(Series, Sequence);

    /// <summary>Reads a number as typed; surrounding spaces and lower-case letters are accepted.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out RegistrationNumber result)
    {
        result = null;
        var match = s is null ? Match.Empty : Pattern().Match(s.Trim().ToUpperInvariant());
        if (!match.Success)
            return false;

        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var sequence = int.Parse(match.Groups["sequence"].ValueSpan, CultureInfo.InvariantCulture);
        if (year < 2000 || sequence < 1)
            return false;

        var district = match.Groups["district"].Value;
        result = match.Groups["kind"].Value switch
        {
            "R1" => ForRegistration(MetrologistLevel.Level1, district, year, sequence),
            "R2" => ForRegistration(MetrologistLevel.Level2, district, year, sequence),
            "M1" => ForRegistrationRecognition(MetrologistLevel.Level1, district, year, sequence),
            "M2" => ForRegistrationRecognition(MetrologistLevel.Level2, district, year, sequence),
            _ => ForCertificateRecognition(district, year, sequence),
        };
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out RegistrationNumber result) =>
        TryParse(s, null, out result);

    /// <exception cref="FormatException">The text is not a registration number.</exception>
    public static RegistrationNumber Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s}' is not a registration number of the form {Prefix}-R2-310118-2026-000001.");

    private string KindCode => Kind switch
    {
        RegistryRecordKind.Registration => $"R{(int)Level!.Value}",
        RegistryRecordKind.RegistrationRecognition => $"M{(int)Level!.Value}",
        _ => "MC",
    };

    [GeneratedRegex(@"^CSJ-(?<kind>R1|R2|M1|M2|MC)-(?<district>[0-9]{6})-(?<year>[0-9]{4})-(?<sequence>[0-9]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
