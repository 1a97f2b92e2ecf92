namespace Approvals.Workflows.Deadlines;

/// <summary>
/// Keys of a bookmark payload that the host reads whatever the bookmark's kind, so that a domain activity
/// (a correction request, a verification request) gets deadlines and the statutory clock like a human task.
/// </summary>
public static class BookmarkPayload
{
    /// <summary>A <see cref="DeadlineSpec"/> as JSON: reminders and escalation around the bookmark's DueAt.</summary>
    public const string Deadline = "deadline";

    /// <summary>
    /// <c>true</c> while the applicant holds the case (answering a correction request): the statutory time limit
    /// of the application does not run while such a bookmark is open.
    /// </summary>
    public const string StopsStatutoryClock = "stopsStatutoryClock";

    /// <summary>Optional: who is reminded when the bookmark is not a task (e.g. the applicant's address).</summary>
    public const string NotifyEmail = "notifyEmail";

    /// <summary>Optional: the role and district reminded and escalated to, when the bookmark is not a task.</summary>
    public const string Role = "role";

    public const string District = "district";
}
