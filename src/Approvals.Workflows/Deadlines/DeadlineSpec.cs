using System.Text.Json.Nodes;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Deadlines;

/// <summary>
/// What the host must schedule for a bookmark with a due date: reminders before it and an escalation at it.
/// Activities put it in the bookmark payload under <see cref="BookmarkPayload.Deadline"/>; the engine never
/// schedules anything itself.
/// </summary>
public sealed record DeadlineSpec(IReadOnlyList<ReminderOffset> Reminders, EscalationSpec? Escalation)
{
    public bool IsEmpty => Reminders.Count == 0 && Escalation is null;

    public JsonObject ToJson() => new()
    {
        ["reminders"] = new JsonArray(Reminders.Select(r => (JsonNode?)JsonValue.Create(r.ToString())).ToArray()),
        ["escalation"] = Escalation?.ToJson(),
    };

    /// <summary>The spec of a bookmark, or null when it has none.</summary>
    public static DeadlineSpec? Of(BookmarkState bookmark) => FromPayload(bookmark.Payload);

    public static DeadlineSpec? FromPayload(JsonObject payload)
    {
        if (payload[BookmarkPayload.Deadline] is not JsonObject deadline)
            return null;
        var reminders = (deadline["reminders"] as JsonArray ?? [])
            .Select(r => r is JsonValue v && v.TryGetValue(out string? s) && ReminderOffset.TryParse(s, out var offset) ? offset : null)
            .OfType<ReminderOffset>()
            .ToList();
        var escalation = deadline["escalation"] is JsonObject e ? EscalationSpec.Read(e, out _) : null;
        return new DeadlineSpec(reminders, escalation);
    }
}
