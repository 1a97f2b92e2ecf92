using Approvals.Text;

namespace Approvals.Core.Applications;

public static class ApplicationStatusNames
{
    public static LocalizedText DisplayName(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => Texts.Text(Texts.ApplicationStatusNames_Draft),
        ApplicationStatus.Submitted => Texts.Text(Texts.ApplicationStatusNames_Submitted),
        ApplicationStatus.InReview => Texts.Text(Texts.ApplicationStatusNames_InReview),
        ApplicationStatus.AwaitingCorrections => Texts.Text(Texts.ApplicationStatusNames_AwaitingCorrections),
        ApplicationStatus.AwaitingVerification => Texts.Text(Texts.ApplicationStatusNames_AwaitingVerification),
        ApplicationStatus.Approved => Texts.Text(Texts.ApplicationStatusNames_Approved),
        ApplicationStatus.Rejected => Texts.Text(Texts.ApplicationStatusNames_Rejected),
        ApplicationStatus.Withdrawn => Texts.Text(Texts.ApplicationStatusNames_Withdrawn),
        ApplicationStatus.NotAccepted => Texts.Text(Texts.ApplicationStatusNames_NotAccepted),
        ApplicationStatus.Accepted => Texts.Text(Texts.ApplicationStatusNames_Accepted),
        ApplicationStatus.AwaitingStatement => Texts.Text(Texts.ApplicationStatusNames_AwaitingStatement),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>Whether the case is over: nothing more happens to it.</summary>
    public static bool IsFinal(this ApplicationStatus status) =>
        status is ApplicationStatus.Approved or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn or ApplicationStatus.NotAccepted;

    /// <summary>Whether the case counts as open for the rule "one open application per person and type".</summary>
    public static bool IsOpen(this ApplicationStatus status) => status is not ApplicationStatus.Draft && !status.IsFinal();
}
