using System.Text.Json.Nodes;

namespace Approvals.Workflows.Runtime;

/// <summary>
/// A waiting activity. <see cref="Kind"/> tells the host what to make of it: "HumanTask" (a task row),
/// "Timer" (a scheduled job at <see cref="DueAt"/>), or a domain kind. <see cref="Payload"/> holds what the
/// activity evaluated for it (a task's title, role, district, outcomes, form fields ...).
/// </summary>
public sealed record BookmarkState(
    string Id,
    string ActivityId,
    string ActivityType,
    string Kind,
    JsonObject Payload,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt);
