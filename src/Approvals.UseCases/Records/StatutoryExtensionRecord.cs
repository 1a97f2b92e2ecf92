namespace Approvals.UseCases.Records;

/// <summary>
/// The one extension of an instance's statutory limit (行政许可法 art. 42): keyed by the instance, so a second
/// is refused by the database as well as by the service.
/// </summary>
public sealed class StatutoryExtensionRecord
{
    public required string InstanceId { get; set; }
    public int WorkingDays { get; set; }
    public required string Reason { get; set; }
    public required string ExtendedBy { get; set; }
    public DateTimeOffset ExtendedAt { get; set; }
}
