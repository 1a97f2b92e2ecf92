namespace Approvals.Core.Applications;

/// <summary>
/// Where a case's procedure may move its status, derived from the shipped procedures (the four case types):
/// the automatic check accepts, refuses acceptance, asks for corrections or sends it to verification or review;
/// review decides or asks for corrections; corrections come back as a new submission or end in a rejection.
/// Draft → Submitted is the applicant's submission and → Withdrawn the applicant's withdrawal
/// (<see cref="Application.Submit"/>, <see cref="Application.Withdraw"/>), never a procedure's move. A final
/// status (<see cref="ApplicationStatusNames.IsFinal"/>) goes nowhere.
/// </summary>
public static class ApplicationStatusTransitions
{
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Moves = new()
    {
        [ApplicationStatus.Submitted] =
        [
            ApplicationStatus.Accepted, ApplicationStatus.NotAccepted, ApplicationStatus.AwaitingCorrections,
            ApplicationStatus.AwaitingVerification, ApplicationStatus.InReview,
        ],
        [ApplicationStatus.Accepted] = [ApplicationStatus.AwaitingVerification, ApplicationStatus.InReview, ApplicationStatus.AwaitingStatement],
        [ApplicationStatus.AwaitingStatement] = [ApplicationStatus.InReview],
        [ApplicationStatus.AwaitingVerification] = [ApplicationStatus.InReview],
        [ApplicationStatus.InReview] = [ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.AwaitingCorrections],
        [ApplicationStatus.AwaitingCorrections] = [ApplicationStatus.Submitted, ApplicationStatus.Rejected],
    };

    /// <summary>Whether a procedure may move a case from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Allows(ApplicationStatus from, ApplicationStatus to) =>
        Moves.TryGetValue(from, out var targets) && targets.Contains(to);
}
