using Approvals.Core.Districts;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>
/// How a decision on each type of application reads: what is granted or refused (a renewal is 延续注册, a
/// recognition 互认, never 注册), on which legal basis, and by which bureau.
/// </summary>
public sealed record DecisionTexts(LocalizedText Grant, LocalizedText Refusal, LocalizedText LegalBasis)
{
    private static readonly LocalizedText RegistrationRules = Texts.Text(Texts.DecisionTexts_ArticleOfAdministrativeLicensingLawOf);

    public static DecisionTexts For(ApplicationType type) => type switch
    {
        ApplicationType.InitialRegistration => new(Texts.Text(Texts.DecisionTexts_RegistrationGranted), Texts.Text(Texts.DecisionTexts_RegistrationRefused), RegistrationRules),
        ApplicationType.Renewal => new(Texts.Text(Texts.DecisionTexts_RenewalOfRegistrationGranted), Texts.Text(Texts.DecisionTexts_RenewalOfRegistrationRefused), Texts.Text(Texts.DecisionTexts_ArticleOfAdministrativeLicensingLawOf2)),
        ApplicationType.RegistrationRecognition => new(Texts.Text(Texts.DecisionTexts_RecognitionOfRegistrationGranted), Texts.Text(Texts.DecisionTexts_RecognitionOfRegistrationRefused), Texts.Text(Texts.DecisionTexts_ArticlesAndOfAdministrativeLicensingLaw)),
        ApplicationType.CertificateRecognition => new(Texts.Text(Texts.DecisionTexts_RecognitionOfCertificateGranted), Texts.Text(Texts.DecisionTexts_RecognitionOfCertificateRefused), Texts.Text(Texts.DecisionTexts_ArticlesAndOfAdministrativeLicensingLaw2)),
        ApplicationType.Change => new(Texts.Text(Texts.DecisionTexts_ChangeOfRegistrationGranted), Texts.Text(Texts.DecisionTexts_ChangeOfRegistrationRefused), Texts.Text(Texts.DecisionTexts_ChangeLegalBasis)),
        ApplicationType.Cancellation => new(Texts.Text(Texts.DecisionTexts_CancellationGranted), Texts.Text(Texts.DecisionTexts_CancellationRefused), Texts.Text(Texts.DecisionTexts_CancellationLegalBasis)),
        ApplicationType.Revocation => new(Texts.Text(Texts.DecisionTexts_RevocationDecided), Texts.Text(Texts.DecisionTexts_RevocationNotDecided), Texts.Text(Texts.DecisionTexts_RevocationLegalBasis)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown application type."),
    };

    /// <summary>The bureau that decides a district's cases, as a decision names it.</summary>
    public static string Bureau(District district, string culture) =>
        culture == "en" ? $"{district.NameEn} Administration for Market Regulation ({district.Bureau})" : district.Bureau;
}
