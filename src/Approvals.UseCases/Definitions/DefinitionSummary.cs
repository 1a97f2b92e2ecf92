using Approvals.UseCases.Records;

namespace Approvals.UseCases.Definitions;

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
    DateTimeOffset? PublicationRequestedAt)
{
    public static DefinitionVersionInfo Of(WorkflowDefinitionVersion v) =>
        new(v.DefinitionId, v.Version, v.Name, v.IsPublished, v.IsCurrent, v.IsLatest, v.CreatedAt, v.PublishedAt,
            v.PublishedBy, v.ApprovedBy, v.PublicationReason, v.PublicationRequestedAt);
}
