using Approvals.Core.Verification;
using Approvals.Text;

namespace Approvals.UseCases.Verification;

/// <summary>Why a verification answer is refused, said the same way wherever it is refused.</summary>
internal static class VerificationRefusals
{
    /// <summary>No such request, or one addressed to another district: the two are not told apart.</summary>
    public static NotFoundRefusal NoRequest(string requestId) =>
        new(Texts.Text(Texts.VerificationRefusals_ThereIsNoVerificationRequest, requestId));

    /// <summary>The request is closed: answered, or its round ended. The answer changes nothing.</summary>
    public static ConflictRefusal Closed(string requestId, VerificationStatus status) => new(status switch
    {
        VerificationStatus.TimedOut => Texts.Text(Texts.VerificationRefusals_VerificationRequestPassedItsDeadlineProcedure, requestId),
        VerificationStatus.Superseded => Texts.Text(Texts.VerificationRefusals_VerificationRequestBelongsToRoundThat, requestId),
        VerificationStatus.Pending => Texts.Text(Texts.VerificationRefusals_RoundOfVerificationRequestHasEnded, requestId),
        _ => Texts.Text(Texts.VerificationRefusals_VerificationRequestWasAlreadyAnswered, requestId),
    });
}
