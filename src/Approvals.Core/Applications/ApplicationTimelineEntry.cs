namespace Approvals.Core.Applications;

/// <summary>One change of the status the applicant sees, with when and which step (or who) made it.</summary>
public sealed class ApplicationTimelineEntry
{
    public long Id { get; set; }
    public required string ApplicationId { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The procedure step that set it, or null when the applicant did (draft, withdrawal).</summary>
    public string? ActivityId { get; set; }

    public string? Actor { get; set; }

    /// <summary>A notice beside the status, such as an extension of the time limit; null for a change of status.</summary>
    public TimelineNotice? Notice { get; set; }

    /// <summary>What the notice says in the words of whoever gave it (the reason of an extension).</summary>
    public string? NoticeDetail { get; set; }
}
