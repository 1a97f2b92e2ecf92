using Approvals.Text;

namespace Approvals.Core.Applications;

public static class CancellationGroundNames
{
    public static LocalizedText DisplayName(this CancellationGround ground) => ground switch
    {
        CancellationGround.HolderRequest => Texts.Text(Texts.CancellationGroundNames_HolderRequest),
        CancellationGround.LeftEmployer => Texts.Text(Texts.CancellationGroundNames_LeftEmployer),
        CancellationGround.Deceased => Texts.Text(Texts.CancellationGroundNames_Deceased),
        CancellationGround.QualificationWithdrawn => Texts.Text(Texts.CancellationGroundNames_QualificationWithdrawn),
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Unknown cancellation ground."),
    };
}
