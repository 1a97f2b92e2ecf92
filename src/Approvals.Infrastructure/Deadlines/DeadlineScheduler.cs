using System.Text.Json.Nodes;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// Writes, in the transaction of the step that opened a bookmark, an outbox row per reminder and one for the
/// escalation, each due at its instant (Hangfire holds them as scheduled jobs after the commit), and a clock
/// stop when the bookmark stops the statutory clock. Closing the bookmark ends the clock stop; the jobs find
/// the bookmark gone and do nothing.
/// </summary>
public sealed class DeadlineScheduler(DeadlinePlan plan)
{
    public void OnOpened(ApprovalsDbContext db, WorkflowInstanceState state, BookmarkState bookmark)
    {
        var correlation = state.CorrelationId ?? state.Id;
        foreach (var reminder in plan.Reminders(bookmark))
        {
            var payload = new JsonObject { ["bookmarkId"] = bookmark.Id, ["instanceId"] = state.Id, ["reminder"] = reminder.Offset };
            OutboxWriter.Add(db, OutboxKinds.Reminder, payload.ToJsonString(), correlation, bookmark.CreatedAt, reminder.At);
        }
        if (bookmark.DueAt is { } due && DeadlineSpec.Of(bookmark)?.Escalation is not null)
        {
            var payload = new JsonObject { ["bookmarkId"] = bookmark.Id, ["instanceId"] = state.Id };
            OutboxWriter.Add(db, OutboxKinds.Escalation, payload.ToJsonString(), correlation, bookmark.CreatedAt, due);
        }
        if (StopsClock(bookmark))
            db.ClockStops.Add(new ClockStopRecord { BookmarkId = bookmark.Id, InstanceId = state.Id, StoppedAt = bookmark.CreatedAt });
    }

    /// <summary>Whether the bookmark stops the statutory clock while open, so it has a clock stop to end when it closes.</summary>
    public static bool StopsClock(BookmarkState bookmark) =>
        bookmark.Payload[BookmarkPayload.StopsStatutoryClock] is JsonValue stops && stops.TryGetValue(out bool stopped) && stopped;

    /// <summary>
    /// Whether the escalation job, not a Timer, resumes the bookmark at its due time: true for a waiting activity
    /// that is not a task (it times out when due) and has an escalation. A Timer beside the escalation would race
    /// it, and whichever ran second would find the bookmark gone or resume it through the other outcome.
    /// </summary>
    public static bool EscalationResumes(BookmarkState bookmark) =>
        bookmark.Kind != BookmarkKinds.HumanTask && bookmark.DueAt is not null && DeadlineSpec.Of(bookmark)?.Escalation is not null;

    public static async Task OnClosedAsync(ApprovalsDbContext db, string bookmarkId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stop = db.ClockStops.Local.FirstOrDefault(s => s.BookmarkId == bookmarkId)
            ?? await db.ClockStops.FirstOrDefaultAsync(s => s.BookmarkId == bookmarkId, cancellationToken);
        if (stop is { ResumedAt: null })
            stop.ResumedAt = now;
    }
}
