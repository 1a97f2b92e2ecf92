using System.Globalization;
using Approvals.Core.Findings;

namespace Approvals.Core.Checks;

/// <summary>
/// An 18-character resident identity number of the People's Republic of China (GB 11643-1999).
/// </summary>
/// <remarks>
/// The region prefix is where the number was issued, usually the place of birth; it says nothing about the
/// jurisdiction of an application, which follows the employer's district.
/// </remarks>
/// <param name="Value">The normalised number: 17 digits and a check character, an upper-case <c>X</c> for ten.</param>
/// <param name="RegionCode">The six-digit administrative division code where the number was issued.</param>
/// <param name="BirthDate">The date of birth encoded in positions 7–14.</param>
public sealed record ResidentIdNumber(string Value, string RegionCode, DateOnly BirthDate)
{
    public const string FormatCode = "IdNumber.Format";
    public const string RegionCodeCode = "IdNumber.Region";
    public const string BirthDateCode = "IdNumber.BirthDate";
    public const string CheckCharacterCode = "IdNumber.CheckCharacter";

    private const int Length = 18;
    private const string CheckCharacters = "10X98765432";
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    // First two digits of GB/T 2260 province-level divisions; 81–83 are the Hong Kong, Macao and Taiwan
    // residence-permit prefixes, which share this format.
    private static readonly HashSet<string> ProvincePrefixes =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ];

    public override string ToString() => Value;

    /// <summary>
    /// Checks a number as typed by an applicant: surrounding spaces are ignored and a lower-case <c>x</c> is
    /// accepted. Every rule that can be judged is reported, so the applicant corrects everything at once.
    /// </summary>
    /// <param name="input">The number as typed.</param>
    /// <param name="today">Today's date in the zone, from the caller's <see cref="TimeProvider"/>.</param>
    /// <param name="field">The form field to name in the findings.</param>
    public static CheckResult<ResidentIdNumber> Check(string? input, DateOnly today, string? field = null)
    {
        var value = (input ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length != Length || !value[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            return CheckResult<ResidentIdNumber>.Invalid(new Finding(
                FormatCode,
                Texts.Text(Texts.ResidentIdNumber_IDNumberMustHaveCharactersDigits),
                field));
        }

        var findings = new List<Finding>();
        var regionCode = value[..6];
        if (!ProvincePrefixes.Contains(regionCode[..2]))
        {
            findings.Add(new Finding(
                RegionCodeCode,
                Texts.Text(Texts.ResidentIdNumber_FirstSixDigitsOfIDNumber, regionCode),
                field));
        }

        var birthDate = ParseBirthDate(value.Substring(6, 8));
        if (birthDate is not { } date || date < EarliestBirthDate || date > today)
        {
            findings.Add(new Finding(
                BirthDateCode,
                Texts.Text(Texts.ResidentIdNumber_BirthDateInIDNumberIs, value.Substring(6, 8)),
                field));
        }

        var expected = ExpectedCheckCharacter(value.AsSpan(0, 17));
        if (value[17] != expected)
        {
            findings.Add(new Finding(
                CheckCharacterCode,
                Texts.Text(Texts.ResidentIdNumber_CheckCharacterOfIDNumberIs),
                field));
        }

        return findings.Count == 0
            ? CheckResult<ResidentIdNumber>.Valid(new ResidentIdNumber(value, regionCode, birthDate!.Value))
            : CheckResult<ResidentIdNumber>.Invalid(findings);
    }

    /// <summary>The GB 11643 check character of the first 17 digits: weights 2^(17−i) mod 11.</summary>
    public static char ExpectedCheckCharacter(ReadOnlySpan<char> first17Digits)
    {
        if (first17Digits.Length != 17)
            throw new ArgumentException("Exactly 17 digits are needed.", nameof(first17Digits));
        var sum = 0;
        var weight = 1; // 2^0, the weight of the check character's own position
        for (var i = 16; i >= 0; i--)
        {
            weight = weight * 2 % 11;
            var digit = first17Digits[i] - '0';
            if (digit is < 0 or > 9)
                throw new ArgumentException("Only digits are allowed.", nameof(first17Digits));
            sum += digit * weight;
        }

        return CheckCharacters[sum % 11];
    }

    private static DateOnly? ParseBirthDate(string yyyymmdd) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
