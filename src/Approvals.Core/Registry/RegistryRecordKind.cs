namespace Approvals.Core.Registry;

/// <summary>What the shared registry records when a procedure issues something.</summary>
public enum RegistryRecordKind
{
    /// <summary>A registration of a registered metrologist (注册), level 1 or 2.</summary>
    Registration,

    /// <summary>The recognition of a registration in another zone district (注册互认), level 1 or 2.</summary>
    RegistrationRecognition,

    /// <summary>The recognition of a project assessment or verifier certificate in another zone district (证书互认).</summary>
    CertificateRecognition,
}
