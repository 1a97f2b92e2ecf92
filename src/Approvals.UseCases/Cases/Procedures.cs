using Approvals.Core.Applications;

namespace Approvals.UseCases.Cases;

/// <summary>The procedure (definition id in <c>workflows/</c>) that runs each application type.</summary>
public static class Procedures
{
    public static string For(ApplicationType type) => type switch
    {
        ApplicationType.InitialRegistration => "metrologist-initial-registration",
        ApplicationType.Renewal => "metrologist-renewal",
        ApplicationType.RegistrationRecognition => "registration-recognition",
        ApplicationType.CertificateRecognition => "certificate-recognition",
        ApplicationType.Change => "metrologist-change",
        ApplicationType.Cancellation => "metrologist-cancellation",
        ApplicationType.Revocation => "metrologist-revocation",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown application type."),
    };
}
