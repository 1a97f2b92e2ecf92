namespace Approvals.Core.Applications;

/// <summary>
/// The status the applicant sees. The procedures set it with SetStatus (the value is the member's name);
/// the API sets Draft and Withdrawn itself.
/// </summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    InReview,
    AwaitingCorrections,
    AwaitingVerification,
    Approved,
    Rejected,
    Withdrawn,

    /// <summary>Refused acceptance (不予受理, 行政许可法 art. 32 (1)–(2)): the automatic check found what a correction cannot cure.</summary>
    NotAccepted,

    /// <summary>Accepted (受理, 行政许可法 art. 32 (5)): the automatic check found the application complete; the statutory limit runs from here.</summary>
    Accepted,

    /// <summary>A revocation was notified to the holder, who may state their case (陈述申辩) until the deadline.</summary>
    AwaitingStatement,
}
