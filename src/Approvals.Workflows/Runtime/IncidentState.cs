using System.Text.Json.Serialization;
using Approvals.Text;

namespace Approvals.Workflows.Runtime;

/// <summary>
/// A fault that stopped an activity until someone retries it. <see cref="Message"/> is English (logs, and what
/// instances saved before Chinese messages hold); <see cref="MessageZhCn"/> is what a Chinese reader sees.
/// </summary>
public sealed record IncidentState(
    string Id,
    string ActivityId,
    string ActivityType,
    string Message,
    DateTimeOffset Timestamp)
{
    public string? MessageZhCn { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    [JsonIgnore]
    public LocalizedText Text => LocalizedText.Stored(Message, MessageZhCn);
}
