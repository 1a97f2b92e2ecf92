using System.Text.Json.Nodes;
using Approvals.Infrastructure.Deadlines;
using Approvals.Infrastructure.Persistence.Entities;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Workflows;

public sealed record InstanceSummary(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    string? CorrelationId,
    WorkflowStatus Status,
    string? PublicStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt);

public sealed record InstanceDetails(
    InstanceSummary Instance,
    JsonObject Variables,
    JsonObject Input,
    IReadOnlyList<BookmarkState> Bookmarks,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<IncidentView> Incidents,
    IReadOnlyList<JournalView> Journal)
{
    /// <summary>The application's statutory limit and what is left of it; null when its procedure has none.</summary>
    public StatutoryClockView? StatutoryClock { get; init; }
}

public sealed record TaskView(
    string Id,
    string InstanceId,
    string ActivityId,
    string Title,
    string? Description,
    string Role,
    string? District,
    IReadOnlyList<string> Outcomes,
    JsonNode? FormFields,
    HumanTaskStatus Status,
    string? Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    string? Outcome,
    string? Comment);

public sealed record IncidentView(string Id, string ActivityId, string ActivityType, string Message, DateTimeOffset Timestamp, DateTimeOffset? ResolvedAt);

public sealed record JournalView(long Sequence, DateTimeOffset Timestamp, string ActivityId, string ActivityType, JournalEvent Event, string? Outcome, string? Actor, string? Message);

public sealed record TaskFilter(HumanTaskStatus? Status = null, string? Role = null, string? District = null, string? InstanceId = null, int Take = 100);
