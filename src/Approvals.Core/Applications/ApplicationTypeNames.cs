using Approvals.Text;

namespace Approvals.Core.Applications;

public static class ApplicationTypeNames
{
    public static LocalizedText DisplayName(this ApplicationType type) => type switch
    {
        ApplicationType.InitialRegistration => Texts.Text(Texts.ApplicationTypeNames_InitialRegistrationOfRegisteredMetrologist),
        ApplicationType.Renewal => Texts.Text(Texts.ApplicationTypeNames_RenewalOfRegistration),
        ApplicationType.RegistrationRecognition => Texts.Text(Texts.ApplicationTypeNames_CrossDistrictRecognitionOfRegistration),
        ApplicationType.CertificateRecognition => Texts.Text(Texts.ApplicationTypeNames_CrossDistrictRecognitionOfProjectAssessment),
        ApplicationType.Change => Texts.Text(Texts.ApplicationTypeNames_ChangeOfRegistration),
        ApplicationType.Cancellation => Texts.Text(Texts.ApplicationTypeNames_CancellationOfRegistration),
        ApplicationType.Revocation => Texts.Text(Texts.ApplicationTypeNames_RevocationOfRegistration),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown application type."),
    };
}
