using Approvals.Core.Verification;
using Approvals.Text;

namespace Approvals.UseCases.Verification;

/// <summary>Why a verification answer is refused, said the same way wherever it is refused.</summary>
internal static class VerificationRefusals
{
    /// <summary>No such request, or one addressed to another district: the two are not told apart.</summary>
    public static NotFoundRefusal NoRequest(string requestId) =>
        new(new($"没有找到核验请求“{requestId}”。", $"There is no verification request '{requestId}'."));

    /// <summary>The request is closed: answered, or its round ended. The answer changes nothing.</summary>
    public static ConflictRefusal Closed(string requestId, VerificationStatus status) => new(status switch
    {
        VerificationStatus.TimedOut => new LocalizedText(
            $"核验请求“{requestId}”已超过答复期限，办理流程已不再等待此项核验；本次答复未被记录。",
            $"Verification request '{requestId}' passed its deadline; the procedure no longer waits for it and this answer was not recorded."),
        VerificationStatus.Superseded => new LocalizedText(
            $"核验请求“{requestId}”所在的核验轮次已结束（申请已撤回、办理已取消，或补正后重新提交另行发起了核验）；本次答复未被记录。",
            $"Verification request '{requestId}' belongs to a round that has ended (the application was withdrawn, the procedure cancelled, or the corrected case asked again in a new request); this answer was not recorded."),
        VerificationStatus.Pending => new LocalizedText(
            $"核验请求“{requestId}”所在的核验轮次已结束，办理流程已不再等待此项核验；本次答复未被记录。",
            $"The round of verification request '{requestId}' has ended; the procedure no longer waits for it and this answer was not recorded."),
        _ => new LocalizedText(
            $"核验请求“{requestId}”已经答复，不能再次答复。",
            $"Verification request '{requestId}' was already answered."),
    });
}
