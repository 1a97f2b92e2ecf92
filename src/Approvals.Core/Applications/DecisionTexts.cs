using Approvals.Core.Districts;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>
/// How a decision on each type of application reads: what is granted or refused (a renewal is 延续注册, a
/// recognition 互认, never 注册), on which legal basis, and by which bureau.
/// </summary>
public sealed record DecisionTexts(LocalizedText Grant, LocalizedText Refusal, LocalizedText LegalBasis)
{
    private static readonly LocalizedText RegistrationRules = new(
        "《中华人民共和国行政许可法》第三十八条，《注册计量师职业资格制度规定》（国市监计量〔2019〕197号）及示范区计量人才一体化改革的有关规定",
        "Article 38 of the Administrative Licensing Law of the PRC, the Provisions on the Registered Metrologist Qualification System (SAMR 2019 No. 197) and the demonstration zone's rules for its metrology talent reform");

    public static DecisionTexts For(ApplicationType type) => type switch
    {
        ApplicationType.InitialRegistration => new(new("准予注册", "Registration granted"), new("不予注册", "Registration refused"), RegistrationRules),
        ApplicationType.Renewal => new(new("准予延续注册", "Renewal of registration granted"), new("不予延续注册", "Renewal of registration refused"), new(
            "《中华人民共和国行政许可法》第五十条，《注册计量师职业资格制度规定》（国市监计量〔2019〕197号）及示范区计量人才一体化改革的有关规定",
            "Article 50 of the Administrative Licensing Law of the PRC, the Provisions on the Registered Metrologist Qualification System (SAMR 2019 No. 197) and the demonstration zone's rules for its metrology talent reform")),
        ApplicationType.RegistrationRecognition => new(new("准予注册互认", "Recognition of the registration granted"), new("不予注册互认", "Recognition of the registration refused"), new(
            "《中华人民共和国行政许可法》第三十八条、第四十一条，示范区注册计量师跨区域互认的有关规定",
            "Articles 38 and 41 of the Administrative Licensing Law of the PRC and the demonstration zone's rules for cross-district recognition of registered metrologists")),
        ApplicationType.CertificateRecognition => new(new("准予证书互认", "Recognition of the certificate granted"), new("不予证书互认", "Recognition of the certificate refused"), new(
            "《中华人民共和国行政许可法》第三十八条、第四十一条，示范区计量专业项目考核合格证、计量检定员证跨区域互认的有关规定",
            "Articles 38 and 41 of the Administrative Licensing Law of the PRC and the demonstration zone's rules for cross-district recognition of project assessment and verifier certificates")),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown application type."),
    };

    /// <summary>The bureau that decides a district's cases, as a decision names it.</summary>
    public static string Bureau(District district, string culture) =>
        culture == "en" ? $"{district.NameEn} Administration for Market Regulation ({district.Bureau})" : district.Bureau;
}
