using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>Something the applicant is told on the timeline that is not a change of status.</summary>
public enum TimelineNotice
{
    /// <summary>The statutory time limit was extended (行政许可法 art. 42); the detail is the reason.</summary>
    StatutoryLimitExtended,

    /// <summary>A change moved the registration to another district and its former district was notified; the detail names it.</summary>
    FormerDistrictNotified,
    /// <summary>The holder stated their case against an intended revocation (陈述申辩); the detail is their statement.</summary>
    StatementSubmitted,
}

public static class TimelineNotices
{
    public static LocalizedText Text(this TimelineNotice notice, string? detail) => notice switch
    {
        TimelineNotice.StatutoryLimitExtended => Texts.Text(Texts.TimelineNotice_TimeLimitWasExtendedByWorking, StatutoryExtensionRules.WorkingDays, detail),
        TimelineNotice.FormerDistrictNotified => Texts.Text(Texts.TimelineNotice_FormerDistrictNotified, detail),
        TimelineNotice.StatementSubmitted => Texts.Text(Texts.TimelineNotice_HolderStatedTheirCase, detail),
        _ => throw new ArgumentOutOfRangeException(nameof(notice), notice, null),
    };
}
