namespace Approvals.Core.Registry;

/// <summary>
/// One entry of a registration's history: what a change of registration (变更注册) changed, from what to what, on
/// which day and by which case. The registration keeps its number and expiry.
/// </summary>
public sealed class RegistrationChange
{
    public required string Id { get; set; }
    public required string RegistrationId { get; set; }
    public required string RegistrationNumber { get; set; }
    public RegistrationChangeKind Kind { get; set; }

    /// <summary>The value before, as people read it (an employer as its name and credit code, projects joined by 、).</summary>
    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>The day the change took effect, in the zone's time.</summary>
    public DateOnly ChangedOn { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The case (application id) whose approval made the change.</summary>
    public required string ApplicationId { get; set; }
}
