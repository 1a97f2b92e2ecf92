namespace Approvals.Core.Applications;

/// <summary>What a document is, as the applicant declares it when uploading.</summary>
public enum DocumentKind
{
    /// <summary>The signed application form (申请表).</summary>
    ApplicationForm,

    /// <summary>The registered-metrologist qualification certificate (注册计量师职业资格证书).</summary>
    QualificationCertificate,

    /// <summary>A metrology project assessment certificate (计量专业项目考核合格证).</summary>
    ProjectAssessmentCertificate,

    /// <summary>A metrology verifier certificate issued by a former metrology authority (计量检定员证).</summary>
    VerifierCertificate,

    /// <summary>The resident identity card, both sides (身份证).</summary>
    IdCard,

    /// <summary>A recent ID photo (证件照).</summary>
    Photo,

    /// <summary>Proof of employment by the enterprise, e.g. social-insurance record (在职证明).</summary>
    EmploymentProof,

    /// <summary>An existing registration certificate (注册证书).</summary>
    RegistrationCertificate,

    /// <summary>The labour contract with the (new) employer (劳动合同).</summary>
    EmploymentContract,

    /// <summary>Evidence for a cancellation or revocation by the bureau, or with the holder's statement (证据材料).</summary>
    Evidence,
}
