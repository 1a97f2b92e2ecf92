namespace Approvals.UseCases.OfficialDocuments;

/// <summary>The numbered documents a case can issue, each from the one template set.</summary>
public enum OfficialDocumentKind
{
    /// <summary>受理通知书 (行政许可法 art. 32 (5)).</summary>
    AcceptanceNotice,

    /// <summary>补正材料通知书: every item to correct and the deadline (art. 32 (4)).</summary>
    CorrectionNotice,

    /// <summary>不予受理决定书 (art. 32 (1)–(2)), with the appeal channels.</summary>
    RefusalToAccept,

    /// <summary>准予 / 不予 … 决定书, in the words of the case's type (<see cref="Core.Applications.DecisionTexts"/>).</summary>
    Decision,

    /// <summary>注册计量师注册证书, numbered by the registry.</summary>
    RegistrationCertificate,

    /// <summary>跨区域互认证书, numbered by the registry.</summary>
    RecognitionCertificate,

    /// <summary>撤销注册告知书: the facts, the intended decision and the deadline to state one's case (陈述申辩, art. 36).</summary>
    RevocationNotice,
}

public static class OfficialDocumentKinds
{
    /// <summary>The letters a document number starts with (受理 SL, 补正 BZ, 不予受理 BY, 决定 JD, 告知 GZ); null for certificates, which carry the registry's number.</summary>
    public static string? NumberPrefix(this OfficialDocumentKind kind) => kind switch
    {
        OfficialDocumentKind.AcceptanceNotice => "SL",
        OfficialDocumentKind.CorrectionNotice => "BZ",
        OfficialDocumentKind.RefusalToAccept => "BY",
        OfficialDocumentKind.Decision => "JD",
        OfficialDocumentKind.RevocationNotice => "GZ",
        _ => null,
    };

    /// <summary>Whether it carries a QR code to the public check page.</summary>
    public static bool CarriesCheckCode(this OfficialDocumentKind kind) =>
        kind is OfficialDocumentKind.Decision or OfficialDocumentKind.RegistrationCertificate or OfficialDocumentKind.RecognitionCertificate;
}
