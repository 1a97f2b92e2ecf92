using Approvals.UseCases.Records;

namespace Approvals.UseCases.Publications;

/// <summary>A publication request as the API and the designer show it; <see cref="PublishedVersion"/> is what its diff is taken against.</summary>
public sealed record PublicationRequestView(
    long Id,
    string DefinitionId,
    string Name,
    int Version,
    int? PublishedVersion,
    string RequestedBy,
    string Reason,
    DateTimeOffset RequestedAt,
    PublicationRequestStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionReason);
