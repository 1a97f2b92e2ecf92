using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>What is wrong with the registration a registration recognition names, in zh-CN and en, with the field to fix.</summary>
public static class RecognitionFindings
{
    public static Finding LevelFromRegistry() => new(
        "Recognition.LevelFromRegistry",
        Texts.Text(Texts.RecognitionFindings_LevelOfRegistrationRecognitionComesFrom),
        Field: "level");

    public static Finding NotARegistration(string number, RegistryRecordKind kind) => new(
        "Recognition.NotARegistration",
        kind == RegistryRecordKind.RegistrationRecognition
            ? Texts.Text(Texts.RecognitionFindings_IsNumberOfRecognitionOnlyRegistration, number)
            : Texts.Text(Texts.RecognitionFindings_IsNumberOfCertificateRecognitionOnly, number),
        Field: "registrationNumber");

    public static Finding NotFound(string number) => new(
        "Recognition.NotFound",
        Texts.Text(Texts.RecognitionFindings_RegistryHoldsNoRegistrationPleaseCheck, number),
        Field: "registrationNumber");

    public static Finding HolderDiffers(string number, string field) => new(
        "Recognition.HolderDiffers",
        field == "personName"
            ? Texts.Text(Texts.RecognitionFindings_HolderSNameOfRegistrationIs, number)
            : Texts.Text(Texts.RecognitionFindings_HolderSIDNumberOfRegistration, number),
        Field: field);

    public static Finding NotInForce(string number, LocalizedText status) => new(
        "Recognition.NotInForce",
        Texts.Text(Texts.RecognitionFindings_RegistrationIsItCannotBeRecognised, number, status.ZhCn, status.En),
        Field: "registrationNumber");
}
