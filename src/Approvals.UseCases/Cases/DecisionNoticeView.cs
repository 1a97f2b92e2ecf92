using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Text;

namespace Approvals.UseCases.Cases;

/// <summary>
/// The decision on a decided case as the applicant reads it: what was granted or refused, by which bureau, on
/// which legal basis, and for a refusal where it may be challenged. Null until the case is approved or rejected.
/// </summary>
public sealed record DecisionNoticeView(bool Granted, LocalizedText Decision, LocalizedText Bureau, LocalizedText LegalBasis, LocalizedText? Appeal)
{
    public static DecisionNoticeView? For(Application application, DistrictDirectory districts)
    {
        if (application.Status is not (ApplicationStatus.Approved or ApplicationStatus.Rejected) || districts.FindByCode(application.DistrictCode) is not { } district)
            return null;
        var texts = DecisionTexts.For(application.Type);
        var granted = application.Status == ApplicationStatus.Approved;
        var bureau = new LocalizedText(DecisionTexts.Bureau(district, "zh-CN"), DecisionTexts.Bureau(district, "en"));
        return new DecisionNoticeView(granted, granted ? texts.Grant : texts.Refusal, bureau, texts.LegalBasis, granted ? null : AppealChannels(district));
    }

    /// <summary>Where a refusal may be challenged, in both languages; every refusal document and view states it so.</summary>
    internal static LocalizedText AppealChannels(District district)
    {
        var zh = AppealBodies.For(district, "zh-CN");
        var en = AppealBodies.For(district, "en");
        return Texts.Text(Texts.DecisionNoticeView_IfYouDisagreeYouMayApply, zh.ReviewBody, zh.Court, en.ReviewBody, en.Court);
    }
}
