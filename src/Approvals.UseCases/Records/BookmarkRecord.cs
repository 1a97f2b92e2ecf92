namespace Approvals.UseCases.Records;

/// <summary>An open bookmark, so a stimulus (task, timer, reply) finds its instance in one query. Deleted when closed.</summary>
public sealed class BookmarkRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }

    // The instance's, copied so the designer's waiting counts are read from this table's index alone.
    public string? DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public string? District { get; set; }
}
