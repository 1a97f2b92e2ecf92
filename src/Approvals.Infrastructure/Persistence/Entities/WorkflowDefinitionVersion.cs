namespace Approvals.Infrastructure.Persistence.Entities;

/// <summary>One version of a procedure: a draft until published; published versions never change.</summary>
public sealed class WorkflowDefinitionVersion
{
    public long Id { get; set; }
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public required string Json { get; set; }

    /// <summary>SHA-256 of the JSON as submitted, to publish <c>workflows/</c> files only when they change.</summary>
    public required string ContentHash { get; set; }

    public bool IsPublished { get; set; }

    /// <summary>The version new instances start on; at most one per definition.</summary>
    public bool IsCurrent { get; set; }

    public bool IsLatest { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
