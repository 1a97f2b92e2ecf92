namespace Approvals.UseCases.Records;

/// <summary>
/// An instance has completed an activity at least once (the journal holds an Executed or Resumed line for it). Its
/// key makes a second passage of the same activity by the same instance count nothing in <see cref="ActivityPassageTally"/>.
/// </summary>
public sealed class ActivityPassage
{
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }
}
