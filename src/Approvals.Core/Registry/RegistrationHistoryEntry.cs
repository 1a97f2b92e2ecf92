namespace Approvals.Core.Registry;

/// <summary>A change of a registration's status made by a case (注销, 撤销): when, to what, why, and by which case.</summary>
public sealed class RegistrationHistoryEntry
{
    public long Id { get; set; }
    public required string RegistrationId { get; set; }
    public RegistrationStatus Status { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Reason { get; set; }
    public string? ApplicationId { get; set; }
}
