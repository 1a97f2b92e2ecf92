using Approvals.Core.Findings;

namespace Approvals.Core.Checks;

/// <summary>
/// An 18-character unified social credit code of a legal person or other organisation (GB 32100-2015).
/// </summary>
/// <remarks>
/// Layout: registration authority (1), institution type (1), administrative division of the registering
/// authority (6), organisation code (9), check character (1). The division code tells where the body was
/// registered; <see cref="Districts.DistrictDirectory.IsInZone"/> says whether that is a zone district.
/// </remarks>
/// <param name="Value">The normalised, upper-case code.</param>
/// <param name="RegistrationAuthority">First character, e.g. <c>9</c> for market regulation (工商).</param>
/// <param name="InstitutionType">Second character, e.g. <c>1</c> for an enterprise under authority <c>9</c>.</param>
/// <param name="AdministrativeDivisionCode">Characters 3–8: where the body was registered, e.g. <c>310118</c>.</param>
/// <param name="OrganizationCode">Characters 9–17: the body's organisation code (GB 11714).</param>
public sealed record UnifiedSocialCreditCode(
    string Value,
    char RegistrationAuthority,
    char InstitutionType,
    string AdministrativeDivisionCode,
    string OrganizationCode)
{
    public const string FormatCode = "CreditCode.Format";
    public const string RegistrationAuthorityCode = "CreditCode.RegistrationAuthority";
    public const string InstitutionTypeCode = "CreditCode.InstitutionType";
    public const string AdministrativeDivisionCodeCode = "CreditCode.AdministrativeDivision";
    public const string CheckCharacterCode = "CreditCode.CheckCharacter";

    /// <summary>The 31 characters of the code: digits and capitals without I, O, S, V, Z.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>The division code of a body registered by a national authority.</summary>
    public const string NationalDivisionCode = "100000";

    private const int Length = 18;

    // Registration authority → the institution types it registers (GB 32100-2015 and the codes since
    // assigned to further authorities).
    private static readonly Dictionary<char, string> InstitutionTypesByAuthority = new()
    {
        ['1'] = "1239", // 机构编制: 机关, 事业单位, 中央编办直管群众团体, 其他
        ['2'] = "19",   // 外交: 外国常驻新闻机构, 其他
        ['3'] = "123459", // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
        ['4'] = "19",   // 文化: 外国在华文化中心, 其他
        ['5'] = "1239", // 民政: 社会团体, 民办非企业单位, 基金会, 其他
        ['6'] = "129",  // 旅游: 外国及港澳台旅游部门常驻代表机构, 其他
        ['7'] = "129",  // 宗教: 宗教活动场所, 宗教院校, 其他
        ['8'] = "19",   // 工会: 基层工会, 其他
        ['9'] = "123",  // 市场监管(工商): 企业, 个体工商户, 农民专业合作社
        ['A'] = "19",   // 中央军委改革和编制办公室: 军队事业单位, 其他
        ['N'] = "1239", // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
        ['Y'] = "1",    // 其他
    };

    /// <summary>
    /// Whether the code names an enterprise: registered by market regulation (<c>9</c>) as an enterprise (<c>1</c>).
    /// Market regulation's other types, 个体工商户 (<c>2</c>) and 农民专业合作社 (<c>3</c>), are not enterprises, nor is
    /// anything registered by another authority (机关, 事业单位, 社会团体, …).
    /// </summary>
    public bool IsEnterprise => RegistrationAuthority == '9' && InstitutionType == '1';

    /// <summary>
    /// Whether the code was issued in <paramref name="district"/> or by an authority above it: the district's own
    /// bureau, its city's, its province's, or the national one (<c>100000</c>). A code of another district or city is not.
    /// </summary>
    public bool IsRegisteredWithin(Districts.District district)
    {
        ArgumentNullException.ThrowIfNull(district);
        var division = AdministrativeDivisionCode;
        return division == district.Code
            || division == string.Concat(district.Code.AsSpan(0, 4), "00")
            || division == district.ProvinceCode
            || division == NationalDivisionCode;
    }

    public override string ToString() => Value;

    /// <summary>
    /// Checks a code as typed: surrounding spaces are ignored and lower-case letters are accepted. Every rule
    /// that can be judged is reported.
    /// </summary>
    public static CheckResult<UnifiedSocialCreditCode> Check(string? input, string? field = null)
    {
        var value = (input ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length != Length || value.Any(c => !Alphabet.Contains(c)))
        {
            return CheckResult<UnifiedSocialCreditCode>.Invalid(new Finding(
                FormatCode,
                Texts.Text(Texts.UnifiedSocialCreditCode_UnifiedSocialCreditCodeMustHave),
                field));
        }

        var findings = new List<Finding>();
        if (!InstitutionTypesByAuthority.TryGetValue(value[0], out var types))
        {
            findings.Add(new Finding(
                RegistrationAuthorityCode,
                Texts.Text(Texts.UnifiedSocialCreditCode_FirstCharacterOfUnifiedSocialCredit, value[0]),
                field));
        }
        else if (!types.Contains(value[1]))
        {
            findings.Add(new Finding(
                InstitutionTypeCode,
                Texts.Text(Texts.UnifiedSocialCreditCode_SecondCharacterOfUnifiedSocialCredit, value[1]),
                field));
        }

        var division = value.Substring(2, 6);
        if (!division.All(char.IsAsciiDigit) || division.StartsWith("00", StringComparison.Ordinal))
        {
            findings.Add(new Finding(
                AdministrativeDivisionCodeCode,
                Texts.Text(Texts.UnifiedSocialCreditCode_CharactersToOfUnifiedSocialCredit, division),
                field));
        }

        if (value[17] != ExpectedCheckCharacter(value.AsSpan(0, 17)))
        {
            findings.Add(new Finding(
                CheckCharacterCode,
                Texts.Text(Texts.UnifiedSocialCreditCode_CheckCharacterOfUnifiedSocialCredit),
                field));
        }

        return findings.Count == 0
            ? CheckResult<UnifiedSocialCreditCode>.Valid(new UnifiedSocialCreditCode(value, value[0], value[1], division, value.Substring(8, 9)))
            : CheckResult<UnifiedSocialCreditCode>.Invalid(findings);
    }

    /// <summary>
    /// The GB 32100 check character of the first 17 characters: weights 3^i mod 31, check =
    /// alphabet[(31 − Σ mod 31) mod 31].
    /// </summary>
    public static char ExpectedCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
            throw new ArgumentException("Exactly 17 characters are needed.", nameof(first17));
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            var index = Alphabet.IndexOf(c);
            if (index < 0)
                throw new ArgumentException($"'{c}' is not in the code's alphabet.", nameof(first17));
            sum += index * weight;
            weight = weight * 3 % 31;
        }

        return Alphabet[(31 - sum % 31) % 31];
    }
}
