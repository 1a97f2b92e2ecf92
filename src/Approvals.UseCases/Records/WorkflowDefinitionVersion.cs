namespace Approvals.UseCases.Records;

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

    /// <summary>Who published it (the author of an approved request), or the shipped file's path for a start-up publication.</summary>
    public string? PublishedBy { get; set; }

    /// <summary>The second regulator who approved the publication; null where no approval was needed.</summary>
    public string? ApprovedBy { get; set; }

    /// <summary>Why it was published, as the author gave it in the publication request.</summary>
    public string? PublicationReason { get; set; }

    /// <summary>When the publication was requested; null where no approval was needed.</summary>
    public DateTimeOffset? PublicationRequestedAt { get; set; }

    /// <summary>Changes on every save, so two publishes racing on one definition cannot both win.</summary>
    public int Revision { get; set; }
}
