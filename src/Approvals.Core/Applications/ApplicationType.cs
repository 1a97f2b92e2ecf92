namespace Approvals.Core.Applications;

/// <summary>What an applicant asks for; each type has its own procedure and its own required documents.</summary>
public enum ApplicationType
{
    /// <summary>Voluntary registration of an enterprise registered metrologist (企业注册计量师自愿注册).</summary>
    InitialRegistration,

    /// <summary>Renewal of a registration within the window before it expires (延续注册).</summary>
    Renewal,

    /// <summary>Recognition of a level 1 or level 2 registration in another zone district (注册互认).</summary>
    RegistrationRecognition,

    /// <summary>
    /// Recognition in another zone district of a project assessment certificate or a verifier certificate
    /// issued by a former metrology authority (证书互认).
    /// </summary>
    CertificateRecognition,

    /// <summary>
    /// Change of a registration (变更注册): another employer, possibly in another zone district (which then decides),
    /// or projects added (each with its certificate) or removed; the number and the expiry stay.
    /// </summary>
    Change,
    /// <summary>Cancellation of a registration (注销): at the holder's request, or by the bureau (<see cref="Application.StartedByUserId"/>).</summary>
    Cancellation,

    /// <summary>Revocation of a registration by the bureau (撤销): notice, the holder's statement (陈述申辩), decision by two people.</summary>
    Revocation,
}
