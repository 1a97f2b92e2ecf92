using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>Something the applicant is told on the timeline that is not a change of status.</summary>
public enum TimelineNotice
{
    /// <summary>The statutory time limit was extended (行政许可法 art. 42); the detail is the reason.</summary>
    StatutoryLimitExtended,
}

public static class TimelineNotices
{
    public static LocalizedText Text(this TimelineNotice notice, string? detail) => notice switch
    {
        TimelineNotice.StatutoryLimitExtended => new(
            $"办理期限延长 {StatutoryExtensionRules.WorkingDays} 个工作日（《中华人民共和国行政许可法》第四十二条）。理由：{detail}",
            $"The time limit was extended by {StatutoryExtensionRules.WorkingDays} working days (Administrative Licensing Law, art. 42). Reason: {detail}"),
        _ => throw new ArgumentOutOfRangeException(nameof(notice), notice, null),
    };
}
