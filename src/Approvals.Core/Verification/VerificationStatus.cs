namespace Approvals.Core.Verification;

/// <summary>
/// Where a verification request stands. Only a <see cref="Pending"/> request can be answered; the others are closed:
/// answered (<see cref="Confirmed"/>, <see cref="Denied"/>, <see cref="NotFound"/>) or closed with their round.
/// </summary>
public enum VerificationStatus
{
    Pending,
    Confirmed,
    Denied,
    NotFound,

    /// <summary>The round's deadline passed before this request was answered; the procedure went on without it.</summary>
    TimedOut,

    /// <summary>
    /// The round ended another way before the answer: the application was withdrawn, the instance cancelled, or the
    /// wait closed by the procedure. A corrected and resubmitted case asks again in a new round.
    /// </summary>
    Superseded,
}
