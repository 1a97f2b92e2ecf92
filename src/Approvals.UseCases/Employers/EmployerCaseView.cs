using Approvals.Core.Applications;
using Approvals.Text;
using Approvals.UseCases.Cases;

namespace Approvals.UseCases.Employers;

/// <summary>
/// A case an employer filed, as the employer follows it: the staff member, where the case stands
/// (<paramref name="StageText"/>: 待本人确认 while the staff member has not confirmed, then the case's own status) and, once
/// decided, the decision. Never the documents or the ID number: those are the staff member's.
/// </summary>
public sealed record EmployerCaseView(
    string Id, string? CaseNumber, ApplicationType Type, LocalizedText TypeText, string? PersonName, string StaffEmail,
    ApplicationStatus Status, bool AwaitsStaffConfirmation, LocalizedText StageText, DateTimeOffset? StaffConfirmedAt,
    string? IssuedNumber, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt)
{
    /// <summary>The decision, its bureau and legal basis, once the case is approved or rejected.</summary>
    public DecisionNoticeView? Decision { get; init; }

    /// <summary>Whether the staff member has not accepted their invitation yet (expired or not): the employer may send it again.</summary>
    public bool InvitationPending { get; init; }

    internal static EmployerCaseView From(Application a, DecisionNoticeView? decision) => new(
        a.Id, a.CaseNumber, a.Type, a.Type.DisplayName(), a.PersonName, a.ApplicantEmail, a.Status, a.AwaitsStaffConfirmation, StageOf(a),
        a.StaffConfirmedAt, a.IssuedNumber, a.CreatedAt, a.SubmittedAt) { Decision = decision };

    private static LocalizedText StageOf(Application a) =>
        a.AwaitsStaffConfirmation ? Texts.Text(Texts.EmployerCaseView_AwaitingStaffConfirmation)
        : a.Status == ApplicationStatus.Draft ? Texts.Text(Texts.EmployerCaseView_ConfirmedAwaitingSubmission)
        : a.Status.DisplayName();
}
