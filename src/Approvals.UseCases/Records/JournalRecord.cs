using Approvals.Workflows.Runtime;

namespace Approvals.UseCases.Records;

public sealed class JournalRecord
{
    public long Id { get; set; }
    public required string InstanceId { get; set; }
    public DateTimeOffset Timestamp { get; set; }
    public required string ActivityId { get; set; }
    public required string ActivityType { get; set; }
    public JournalEvent Event { get; set; }
    public string? Outcome { get; set; }
    public string? Actor { get; set; }
    public string? Message { get; set; }
    public string? MessageZhCn { get; set; }

    /// <summary>Its place in the instance's audit chain (journal and decisions); null for lines written before the chain began.</summary>
    public int? ChainSequence { get; set; }

    public string? ChainPrevious { get; set; }
    public string? ChainHash { get; set; }
}
