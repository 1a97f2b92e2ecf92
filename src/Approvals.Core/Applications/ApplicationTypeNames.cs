using Approvals.Text;

namespace Approvals.Core.Applications;

public static class ApplicationTypeNames
{
    public static LocalizedText DisplayName(this ApplicationType type) => type switch
    {
        ApplicationType.InitialRegistration => new("注册计量师初始注册", "Initial registration of a registered metrologist"),
        ApplicationType.Renewal => new("注册计量师延续注册", "Renewal of a registration"),
        ApplicationType.RegistrationRecognition => new("注册计量师注册跨区域互认", "Cross-district recognition of a registration"),
        ApplicationType.CertificateRecognition => new("计量专业项目考核合格证、计量检定员证跨区域互认", "Cross-district recognition of a project assessment or verifier certificate"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown application type."),
    };
}
