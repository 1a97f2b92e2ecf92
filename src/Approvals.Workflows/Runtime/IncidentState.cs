namespace Approvals.Workflows.Runtime;

public sealed record IncidentState(
    string Id,
    string ActivityId,
    string ActivityType,
    string Message,
    DateTimeOffset Timestamp)
{
    public DateTimeOffset? ResolvedAt { get; init; }
}
