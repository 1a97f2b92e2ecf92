using Approvals.Core.Applications;

namespace Approvals.Core.Access;

/// <summary>
/// Who may see and change an application: its applicant (while <see cref="Application.IsEditable"/>), the reviewers of the districts involved (its
/// own district and every district that verifies a certificate for it), and for oversight the regulators of its district and
/// executive-committee staff (read-only). One place, so it is tested once.
/// </summary>
public static class ApplicationAccess
{
    public static bool CanView(Application application, Caller caller) =>
        IsApplicant(application, caller) || (caller.IsReviewer && caller.DistrictCode is { } d && application.InvolvedDistricts().Contains(d))
        || IsBureauCaseOfRegulator(application, caller) || IsOverseenBy(application, caller);

    /// <summary>A case the bureau started is seen by the regulators of its district as well.</summary>
    public static bool IsBureauCaseOfRegulator(Application application, Caller caller) =>
        application.IsStartedByBureau && caller.Roles.Contains(ApprovalsRoles.Regulator) && caller.DistrictCode is { } d && d == application.DistrictCode;

    /// <summary>
    /// A submitted case read for oversight: by the regulators of its district, and by executive-committee staff for every
    /// district. An applicant's draft stays theirs until it is submitted.
    /// </summary>
    public static bool IsOverseenBy(Application application, Caller caller) =>
        application.SubmittedAt is not null && caller.Roles.Contains(ApprovalsRoles.Regulator)
        && (caller.DistrictCode == StaffDistricts.ExecutiveCommittee || (caller.DistrictCode is { } d && d == application.DistrictCode));

    public static bool IsApplicant(Application application, Caller caller) =>
        string.Equals(application.ApplicantUserId, caller.UserId, StringComparison.Ordinal);
}
