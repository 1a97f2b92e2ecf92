namespace Approvals.UseCases.Records;

/// <summary>
/// How many instances of one version and district passed an activity, as a sum of rows: a step appends a row of 1
/// for each first passage it commits (appending takes no lock another step waits on), and folding replaces a key's
/// rows by one row of their sum. <see cref="District"/> is empty for an instance without one.
/// </summary>
public sealed class ActivityPassageTally
{
    public long Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public required string District { get; set; }
    public required string ActivityId { get; set; }
    public int Passed { get; set; }
}
