namespace Approvals.Infrastructure.Workflows.Publication;

/// <summary>Who published a version, who approved it, why, and when it was asked for: kept on the version for its history.</summary>
public sealed record PublicationRecord(string PublishedBy, string? ApprovedBy = null, string? Reason = null, DateTimeOffset? RequestedAt = null);
