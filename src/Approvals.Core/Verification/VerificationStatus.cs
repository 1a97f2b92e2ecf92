namespace Approvals.Core.Verification;

public enum VerificationStatus
{
    Pending,
    Confirmed,
    Denied,
    NotFound,
    TimedOut,

    /// <summary>The application was withdrawn before the answer.</summary>
    Cancelled,
}
