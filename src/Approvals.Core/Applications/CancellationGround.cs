namespace Approvals.Core.Applications;

/// <summary>Why a registration is cancelled (注销): the holder asked, or the bureau found one of the grounds on which it must.</summary>
public enum CancellationGround
{
    HolderRequest,
    LeftEmployer,
    Deceased,
    QualificationWithdrawn,
}
