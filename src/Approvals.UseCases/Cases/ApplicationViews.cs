using Approvals.Core.Applications;
using Approvals.Core.Documents;
using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Core.Verification;
using Approvals.Text;
using Approvals.UseCases.Instances;
using Approvals.UseCases.OfficialDocuments;

namespace Approvals.UseCases.Cases;

/// <summary>A case in a list. <paramref name="CaseNumber"/> is what people read (null for a draft); <paramref name="Id"/> is for links and the API.</summary>
/// <param name="AcceptedAt">When the case was accepted (受理) and its statutory limit started; null before, and for a case refused acceptance.</param>
/// <param name="FiledByEmployer">An employer filed the case for its staff member (通过执业单位统一申请): only the employer may delete it while it is a draft.</param>
public sealed record ApplicationSummary(
    string Id, string? CaseNumber, ApplicationType Type, ApplicationStatus Status, LocalizedText StatusText, string? DistrictCode,
    string? PersonName, string? IssuedNumber, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? AcceptedAt,
    bool FiledByEmployer);

public sealed record ApplicationDetails(
    ApplicationSummary Summary,
    string ApplicantUserId,
    string ApplicantEmail,
    ApplicationForm Form,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<TimelineView> Timeline,
    IReadOnlyList<DecisionView> Decisions,
    IReadOnlyList<VerificationView> Verifications,
    string? InstanceId)
{
    /// <summary>The decision, its bureau, legal basis and appeal channels, once the case is decided.</summary>
    public DecisionNoticeView? Decision { get; init; }

    /// <summary>The statutory time limit while the case is under way: working days left and the date it is due by, extended or not.</summary>
    public StatutoryClockView? TimeLimit { get; init; }

    /// <summary>For a cancellation or revocation: its ground, who started it and the holder's statement.</summary>
    public RegistrationEndingView? Ending { get; init; }

    /// <summary>The credit code of the employer that filed the case for the applicant, or null when they filed it themselves.</summary>
    public string? FiledBy { get; init; }

    /// <summary>When the applicant confirmed what their employer filed; the case cannot be submitted before.</summary>
    public DateTimeOffset? StaffConfirmedAt { get; init; }
}

public sealed record DocumentView(string Id, DocumentKind Kind, string FileName, string MediaType, long Size, string Sha256, DateTimeOffset UploadedAt);

/// <param name="Note">A notice that is not a change of status (an extension of the time limit); null for a change of status.</param>
/// <param name="Document">The official document the step issued (受理通知书 with the acceptance, 不予受理决定书, …); null when it issued none.</param>
public sealed record TimelineView(ApplicationStatus Status, LocalizedText StatusText, DateTimeOffset At, string? ActivityId, string? Actor, LocalizedText? Note = null,
    OfficialDocumentView? Document = null)
{
    public static TimelineView From(ApplicationTimelineEntry entry, OfficialDocumentView? document) =>
        new(entry.Status, entry.Status.DisplayName(), entry.At, entry.ActivityId, entry.Actor, entry.Notice?.Text(entry.NoticeDetail), document);

    /// <summary>Whether this is the case's acceptance: the statutory limit runs from here.</summary>
    public bool IsAcceptance => Note is null && Status == ApplicationStatus.Accepted;
}

/// <summary>A reviewer's decision on a step of the case (a completed task of its procedure).</summary>
public sealed record DecisionView(string ActivityId, string Title, string? Outcome, string? Comment, string? DecidedBy, DateTimeOffset? DecidedAt);

public sealed record VerificationView(
    string Id, string ApplicationId, string Subject, string Number, string HolderName, string IssuingDistrictCode,
    string RequestingDistrictCode, VerificationStatus Status, string? Comment, string? AnsweredBy, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, DateTimeOffset? AnsweredAt)
{
    public static VerificationView From(VerificationRequest r) =>
        new(r.Id, r.ApplicationId, r.Subject, r.Number, r.HolderName, r.IssuingDistrictCode, r.RequestingDistrictCode, r.Status, r.Comment, r.AnsweredBy, r.CreatedAt, r.DueAt, r.AnsweredAt);

    /// <summary>The number people read the case by, which the request is for.</summary>
    public string? CaseNumber { get; init; }
}

internal static class ApplicationViewMapping
{
    public static ApplicationSummary Summary(this Application a) =>
        new(a.Id, a.CaseNumber, a.Type, a.Status, a.Status.DisplayName(), a.DistrictCode, a.PersonName, a.IssuedNumber, a.CreatedAt, a.UpdatedAt, a.SubmittedAt, a.AcceptedAt,
            a.FiledBy is not null);

    public static ApplicationForm Form(this Application a) => new(
        a.Type, a.PersonName, a.IdNumber, a.Phone, a.EmployerName, a.EmployerCreditCode, a.EmployerDistrictCode, a.EmployerAddress,
        a.Level is { } level ? (int)level : null, a.QualificationCertificateNumber, a.QualificationIssuedOn, a.RegistrationNumber,
        a.Projects, a.Certificates.Select(c => new CertificateClaimForm(c.Kind, c.Number, c.IssuingDistrictCode, c.ValidUntil, c.Projects, c.IssuerCode)).ToList(),
        a.Culture, a.Reason);

    public static DocumentView View(this ApplicationDocument d) =>
        new(d.Id, d.Kind, d.FileName, d.ContentType.MediaType(), d.Size, d.Sha256, d.UploadedAt);
}
