namespace Approvals.Infrastructure.Workflows;

public sealed record DefinitionSummary(
    string DefinitionId,
    string Name,
    int LatestVersion,
    int? PublishedVersion,
    bool HasDraft,
    int RunningInstances);

public sealed record DefinitionVersionInfo(
    string DefinitionId,
    int Version,
    string Name,
    bool IsPublished,
    bool IsCurrent,
    bool IsLatest,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    string? ApprovedBy,
    string? PublicationReason,
    DateTimeOffset? PublicationRequestedAt);
