namespace Approvals.UseCases.Records;

public sealed class IncidentRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }
    public required string ActivityType { get; set; }
    public required string Message { get; set; }
    public string? MessageZhCn { get; set; }
    public DateTimeOffset Timestamp { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
