using Approvals.Text;

namespace Approvals.Core.Applications;

public static class DocumentKindNames
{
    public static LocalizedText DisplayName(this DocumentKind kind) => kind switch
    {
        DocumentKind.ApplicationForm => new("申请表", "Application form"),
        DocumentKind.QualificationCertificate => new("注册计量师职业资格证书", "Registered metrologist qualification certificate"),
        DocumentKind.ProjectAssessmentCertificate => new("计量专业项目考核合格证", "Metrology project assessment certificate"),
        DocumentKind.VerifierCertificate => new("计量检定员证", "Metrology verifier certificate"),
        DocumentKind.IdCard => new("身份证", "Identity card"),
        DocumentKind.Photo => new("证件照", "Photo"),
        DocumentKind.EmploymentProof => new("在职证明", "Proof of employment"),
        DocumentKind.RegistrationCertificate => new("注册证书", "Registration certificate"),
        DocumentKind.EmploymentContract => new("劳动合同", "Employment contract"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
    };
}
