using Approvals.Core.Applications;
using Approvals.Core.Checks;
using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Text;
using Approvals.UseCases.Cases;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>
/// The one template set: what each kind of document says, in the words the case's type and district give it
/// (<see cref="DecisionTexts"/> for what is decided and on which basis, <see cref="DecisionNoticeView"/> for the
/// appeal channels), so a new decision kind is a new entry there and nothing here.
/// </summary>
internal static class OfficialDocumentTemplates
{
    // Numbered kinds are composed before their number is taken; the saving transaction writes it in.
    private const string NotNumberedYet = "";

    public static OfficialDocumentContent Acceptance(CaseFacts facts, DateOnly issuedOn)
    {
        var type = facts.Application.Type.DisplayName();
        var body = Texts.Text(Texts.OfficialDocument_AcceptanceBody, facts.FiledOn, type.ZhCn, facts.CaseNumber, type.En);
        return Notice(facts, OfficialDocumentKind.AcceptanceNotice, Texts.Text(Texts.OfficialDocument_AcceptanceNotice), [body.ZhCn], [],
            Texts.Text(Texts.OfficialDocument_AcceptanceLegalBasis).ZhCn, appeal: null, issuedOn, checkNumber: null);
    }

    /// <summary>One round of corrections: the items the case holds now and that round's deadline.</summary>
    public static OfficialDocumentContent Correction(CaseFacts facts, DateOnly issuedOn, DateTimeOffset dueAt)
    {
        var type = facts.Application.Type.DisplayName();
        var body = Texts.Text(Texts.OfficialDocument_CorrectionBody, facts.FiledOn, type.ZhCn, facts.CaseNumber, ReadableDates.DateTime(dueAt), type.En);
        return Notice(facts, OfficialDocumentKind.CorrectionNotice, Texts.Text(Texts.OfficialDocument_CorrectionNotice), [body.ZhCn],
            Items(facts.Application.Findings), Texts.Text(Texts.OfficialDocument_CorrectionLegalBasis).ZhCn, appeal: null, issuedOn, checkNumber: null);
    }

    public static OfficialDocumentContent RefusalToAccept(CaseFacts facts, DateOnly issuedOn)
    {
        var type = facts.Application.Type.DisplayName();
        var body = Texts.Text(Texts.OfficialDocument_RefusalToAcceptBody, facts.FiledOn, type.ZhCn, facts.CaseNumber, type.En);
        var reasons = facts.Application.Findings.Where(f => !f.IsCorrectable).ToList();
        return Notice(facts, OfficialDocumentKind.RefusalToAccept, Texts.Text(Texts.OfficialDocument_RefusalToAccept), [body.ZhCn],
            Items(reasons.Count > 0 ? reasons : facts.Application.Findings), Texts.Text(Texts.OfficialDocument_RefusalToAcceptLegalBasis).ZhCn,
            DecisionNoticeView.AppealChannels(facts.District).ZhCn, issuedOn, checkNumber: null);
    }

    /// <summary>
    /// 准予 or 不予 …: the refusal states its reason and the appeal channels; the QR code checks the registry record
    /// concerned, and a refused first registration, which concerns none, carries no code.
    /// </summary>
    public static OfficialDocumentContent Decision(CaseFacts facts, DateOnly issuedOn, bool granted, string? reason)
    {
        var texts = DecisionTexts.For(facts.Application.Type);
        var decided = granted ? texts.Grant : texts.Refusal;
        var type = facts.Application.Type.DisplayName();
        List<string> body = [Texts.Text(Texts.OfficialDocument_DecisionBody, facts.FiledOn, type.ZhCn, facts.CaseNumber, decided.ZhCn, type.En, decided.En).ZhCn];
        if (!granted && !string.IsNullOrWhiteSpace(reason))
            body.Add(Texts.Text(Texts.OfficialDocument_DecisionReason, reason).ZhCn);
        var checkNumber = granted ? facts.Application.IssuedNumber ?? facts.Application.RegistrationNumber : facts.Application.RegistrationNumber;
        var notice = Notice(facts, OfficialDocumentKind.Decision, Texts.Text(Texts.OfficialDocument_Decision, decided.ZhCn, decided.En), body, [],
            texts.LegalBasis.ZhCn, granted ? null : DecisionNoticeView.AppealChannels(facts.District).ZhCn, issuedOn, checkNumber);
        return granted && facts.Application.IssuedNumber is { } issued
            ? notice with { Facts = [.. notice.Facts, Fact(Texts.OfficialDocument_RegistryNumber, issued)] }
            : notice;
    }

    /// <summary>撤销注册告知书: the bureau's facts and reasons, the decision it intends, and until when the holder may state their case.</summary>
    public static OfficialDocumentContent RevocationNotice(CaseFacts facts, DateOnly issuedOn, DateTimeOffset statementDueAt)
    {
        var texts = DecisionTexts.For(facts.Application.Type);
        var registration = facts.Application.RegistrationNumber ?? "-";
        var due = ReadableDates.DateTime(statementDueAt).ZhCn;
        List<string> body =
        [
            Texts.Text(Texts.OfficialDocument_RevocationNoticeBody, registration, facts.CaseNumber, texts.Grant.ZhCn).ZhCn,
            Texts.Text(Texts.OfficialDocument_RevocationNoticeStatement, due).ZhCn,
        ];
        var notice = Notice(facts, OfficialDocumentKind.RevocationNotice, Texts.Text(Texts.OfficialDocument_RevocationNotice), body,
            [facts.Application.Reason ?? "-"], texts.LegalBasis.ZhCn, appeal: null, issuedOn, checkNumber: null);
        return notice with
        {
            Facts = [.. notice.Facts, Fact(Texts.OfficialDocument_RegistryNumber, registration), Fact(Texts.OfficialDocument_IntendedDecision, texts.Grant.ZhCn),
                Fact(Texts.OfficialDocument_StatementDeadline, due)],
        };
    }

    /// <param name="issuedAt">When this certificate is issued: the decision of the case. A certificate issued after the registration's
    /// first issue (a change keeps the number and validity) also states when the registration was first issued.</param>
    public static OfficialDocumentContent RegistrationCertificate(CaseFacts facts, Registration registration, DateTimeOffset issuedAt)
    {
        var level = registration.Level.DisplayName().ZhCn;
        List<OfficialDocumentFact> extra = [Fact(Texts.OfficialDocument_Level, level), Fact(Texts.OfficialDocument_Employer, registration.Enterprise!.Name),
             Fact(Texts.OfficialDocument_Projects, registration.Projects.Count == 0 ? "-" : string.Join("、", registration.Projects))];
        var firstIssued = Core.Workflow.ZoneTime.Today(registration.IssuedAt);
        if (firstIssued != Core.Workflow.ZoneTime.Today(issuedAt))
            extra.Add(Fact(Texts.OfficialDocument_FirstIssuedOn, Date(firstIssued)));
        return Certificate(facts, OfficialDocumentKind.RegistrationCertificate, Texts.Text(Texts.CertificateService_RegisteredMetrologistRegistrationCertificate),
            registration.Number, registration.Person!, issuedAt, registration.ValidFrom, registration.ValidTo, extra);
    }

    public static OfficialDocumentContent RecognitionCertificate(CaseFacts facts, Recognition recognition, string? employer)
    {
        List<OfficialDocumentFact> extra = [Fact(Texts.OfficialDocument_RecognisedCertificate, recognition.RecognisedNumber)];
        if (recognition.Level is { } level)
            extra.Add(Fact(Texts.OfficialDocument_Level, level.DisplayName().ZhCn));
        extra.Add(Fact(Texts.OfficialDocument_Employer, employer ?? "-"));
        return Certificate(facts, OfficialDocumentKind.RecognitionCertificate, Texts.Text(Texts.CertificateService_CrossDistrictRecognitionCertificate),
            recognition.Number, recognition.Person!, recognition.IssuedAt, recognition.ValidFrom, recognition.ValidTo, extra);
    }

    /// <summary>A date as a Chinese document writes it (2026年3月16日).</summary>
    public static string Date(DateOnly date) => ReadableDates.Date(date).ZhCn;

    private static OfficialDocumentContent Certificate(CaseFacts facts, OfficialDocumentKind kind, LocalizedText title, string number, Person holder,
        DateTimeOffset issuedAt, DateOnly validFrom, DateOnly validTo, IReadOnlyList<OfficialDocumentFact> extra)
    {
        var grant = DecisionTexts.For(facts.Application.Type).Grant;
        var body = Texts.Text(Texts.OfficialDocument_CertificateBody, holder.Name, grant.ZhCn, grant.En);
        List<OfficialDocumentFact> shown =
        [
            Fact(Texts.OfficialDocument_RegistryNumber, number),
            Fact(Texts.OfficialDocument_Holder, holder.Name),
            Fact(Texts.OfficialDocument_IdNumber, MaskedIdNumber.Of(holder.IdNumber)),
            .. extra,
            Fact(Texts.OfficialDocument_District, $"{facts.District.Name}（{facts.District.Code}）"),
            Fact(Texts.OfficialDocument_Valid, Texts.Text(Texts.OfficialDocument_ValidFromTo, Date(validFrom), Date(validTo)).ZhCn),
            Fact(Texts.OfficialDocument_CaseNumber, facts.CaseNumber),
        ];
        return new OfficialDocumentContent(kind, number, title, holder.Name, [body.ZhCn], [], shown, DecisionTexts.For(facts.Application.Type).LegalBasis.ZhCn,
            Appeal: null, DecisionTexts.Bureau(facts.District, "zh-CN"), Core.Workflow.ZoneTime.Today(issuedAt), number);
    }

    private static OfficialDocumentContent Notice(CaseFacts facts, OfficialDocumentKind kind, LocalizedText title, IReadOnlyList<string> body,
        IReadOnlyList<string> items, string legalBasis, string? appeal, DateOnly issuedOn, string? checkNumber)
    {
        var addressee = Texts.Text(Texts.OfficialDocument_Addressee, facts.Addressee).ZhCn;
        List<OfficialDocumentFact> caseFact = [Fact(Texts.OfficialDocument_CaseNumber, facts.CaseNumber)];
        if (facts.Application.IdNumber is { } id)
            caseFact.Add(Fact(Texts.OfficialDocument_IdNumber, MaskedIdNumber.Of(id)));
        return new OfficialDocumentContent(kind, NotNumberedYet, title, addressee, body, items, caseFact, legalBasis, appeal,
            DecisionTexts.Bureau(facts.District, "zh-CN"), issuedOn, checkNumber);
    }

    private static IReadOnlyList<string> Items(IEnumerable<Finding> findings) => findings.Select(f => f.Message.ZhCn).ToList();

    private static OfficialDocumentFact Fact(string labelKey, string value) => new(Texts.Text(labelKey).ZhCn, value);
}
