using Approvals.Text;

namespace Approvals.Core.Applications;

public static class ApplicationStatusNames
{
    public static LocalizedText DisplayName(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => new("草稿", "Draft"),
        ApplicationStatus.Submitted => new("已提交", "Submitted"),
        ApplicationStatus.InReview => new("审核中", "In review"),
        ApplicationStatus.AwaitingCorrections => new("待补正", "Awaiting corrections"),
        ApplicationStatus.AwaitingVerification => new("跨区核验中", "Awaiting verification"),
        ApplicationStatus.Approved => new("已批准", "Approved"),
        ApplicationStatus.Rejected => new("不予批准", "Rejected"),
        ApplicationStatus.Withdrawn => new("已撤回", "Withdrawn"),
        ApplicationStatus.NotAccepted => new("不予受理", "Not accepted"),
        ApplicationStatus.Accepted => new("已受理", "Accepted"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>Whether the case is over: nothing more happens to it.</summary>
    public static bool IsFinal(this ApplicationStatus status) =>
        status is ApplicationStatus.Approved or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn or ApplicationStatus.NotAccepted;

    /// <summary>Whether the case counts as open for the rule "one open application per person and type".</summary>
    public static bool IsOpen(this ApplicationStatus status) => status is not ApplicationStatus.Draft && !status.IsFinal();
}
