namespace Approvals.UseCases.Records;

/// <summary>
/// An interval in which the statutory time limit of an instance did not run: a bookmark marked
/// <c>stopsStatutoryClock</c> (a correction request) was open. Kept after the bookmark closes.
/// </summary>
public sealed class ClockStopRecord
{
    public required string BookmarkId { get; set; }
    public required string InstanceId { get; set; }
    public DateTimeOffset StoppedAt { get; set; }

    /// <summary>Null while the applicant still holds the case.</summary>
    public DateTimeOffset? ResumedAt { get; set; }
}
