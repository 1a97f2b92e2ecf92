namespace Approvals.UseCases.Records;

/// <summary>
/// A regulator's request to publish one exact version of a procedure that needs a second regulator's approval.
/// The version it names is frozen while the request is pending: a later save opens a new draft beside it.
/// </summary>
public sealed class PublicationRequest
{
    public long Id { get; set; }
    public required string DefinitionId { get; set; }
    public int Version { get; set; }

    /// <summary>The content the author asked to publish; approval refuses anything else.</summary>
    public required string ContentHash { get; set; }

    public required string RequestedBy { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public PublicationRequestStatus Status { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }
}

public enum PublicationRequestStatus
{
    Pending,
    Approved,
    Rejected,
}
