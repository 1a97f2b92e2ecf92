using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Audit;
using Approvals.Infrastructure.Deadlines;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Approvals.Workflows.Runtime;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.UseCases.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// Turns one step's result into changes on the unit of work: the instance row (with its concurrency token),
/// journal lines, bookmarks, tasks, incidents and outbox rows (timers, mail, a bookmark's reminders and
/// escalation) and statutory clock stops. The caller saves them in one transaction.
/// </summary>
public sealed class StepWriter(IEnumerable<IStepEffectHandler> handlers, DeadlineScheduler deadlines, StatutoryDueDate statutoryDueDate, StepLoadQueries queries)
{
    private readonly IStepEffectHandler[] _handlers = handlers.ToArray();

    /// <param name="district">The district the new instance belongs to (<see cref="WorkflowInstanceRecord.District"/>).</param>
    public WorkflowInstanceRecord AddNew(ApprovalsDbContext db, ExecutionResult result, string? district)
    {
        var state = result.State;
        var record = new WorkflowInstanceRecord
        {
            Id = state.Id,
            DefinitionId = state.DefinitionId,
            DefinitionVersion = state.DefinitionVersion,
            CorrelationId = state.CorrelationId,
            District = district,
            StateJson = "",
            CreatedAt = state.CreatedAt,
        };
        Copy(state, record);
        db.WorkflowInstances.Add(record);
        return record;
    }

    /// <summary>Updates a tracked instance row; the incremented revision makes a concurrent step fail to save.</summary>
    public void Update(WorkflowInstanceRecord record, ExecutionResult result)
    {
        Copy(result.State, record);
        record.Revision++;
    }

    /// <summary>Adds the step's rows; its journal lines go onto the end of the instance's audit chain.</summary>
    public async ValueTask WriteAsync(ApprovalsDbContext db, WorkflowInstanceRecord record, ExecutionResult result, CancellationToken cancellationToken)
    {
        var state = result.State;
        foreach (var entry in result.Journal)
        {
            var line = new JournalRecord
            {
                InstanceId = state.Id,
                Timestamp = entry.Timestamp,
                ActivityId = entry.ActivityId,
                ActivityType = entry.ActivityType,
                Event = entry.Event,
                Outcome = entry.Outcome,
                Actor = entry.Actor,
                Message = entry.Message,
                MessageZhCn = entry.MessageZhCn,
            };
            InstanceAuditChain.Append(record, line);
            db.Journal.Add(line);
        }
        // A new instance has no decided task yet, so no task of it can go back to a reviewer who asked for corrections.
        var isNew = db.Entry(record).State == EntityState.Added;
        foreach (var effect in result.Effects)
            await ApplyAsync(db, state, record.District, isNew, effect, cancellationToken);
        await DispatchAsync(db, new StepApplied(state), required: false, cancellationToken);
        await statutoryDueDate.AfterStepAsync(db, record, state, cancellationToken);
    }

    /// <summary>
    /// Closes the bookmark a stimulus resumed, its clock stop, and its task when it was one. <paramref name="resumed"/>
    /// is the bookmark as the loaded state held it; only one that stops the clock has a clock stop to look up.
    /// </summary>
    public async Task CloseResumedAsync(ApprovalsDbContext db, string bookmarkId, BookmarkState? resumed, HumanTaskRecord? task, ResumeStimulus stimulus, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Deleting by key needs no read; a row already gone fails the save, and the step is re-run.
        var bookmark = db.Bookmarks.Local.FirstOrDefault(b => b.Id == bookmarkId)
            ?? new BookmarkRecord { Id = bookmarkId, InstanceId = "", ActivityId = "", Kind = "" };
        db.Bookmarks.Remove(bookmark);
        if (resumed is null || DeadlineScheduler.StopsClock(resumed))
            await DeadlineScheduler.OnClosedAsync(db, bookmarkId, now, cancellationToken);
        if (resumed is not null)
            await DispatchAsync(db, new BookmarkClosed(resumed.Kind, bookmarkId, BookmarkClosure.Resumed, now), required: false, cancellationToken);
        if (task is null)
            return;
        task.Status = HumanTaskStatus.Completed;
        task.Outcome = stimulus.Outcome;
        task.Comment = stimulus.Comment;
        task.CompletedBy = stimulus.Actor;
        task.CompletedAt = now;
        task.DataJson = stimulus.Data?.ToJsonString();
    }

    private async ValueTask ApplyAsync(ApprovalsDbContext db, WorkflowInstanceState state, string? instanceDistrict, bool isNew, WorkflowEffect effect, CancellationToken cancellationToken)
    {
        switch (effect)
        {
            case BookmarkCreated created:
                await AddBookmarkAsync(db, state, instanceDistrict, isNew, created.Bookmark, cancellationToken);
                break;
            case BookmarkCancelled cancelled:
                var kind = await CancelBookmarkAsync(db, cancelled.BookmarkId, cancellationToken);
                await DeadlineScheduler.OnClosedAsync(db, cancelled.BookmarkId, state.UpdatedAt, cancellationToken);
                if (kind is not null)
                    await DispatchAsync(db, new BookmarkClosed(kind, cancelled.BookmarkId, BookmarkClosure.Cancelled, state.UpdatedAt), required: false, cancellationToken);
                break;
            case EmailRequested email:
                OutboxWriter.Add(db, OutboxKinds.Email, JsonSerializer.Serialize(email, WorkflowStateJson.Options), state.CorrelationId ?? state.Id, state.UpdatedAt, dueAt: null);
                break;
            case IncidentRaised raised:
                db.Incidents.Add(new IncidentRecord
                {
                    Id = raised.Incident.Id,
                    InstanceId = state.Id,
                    ActivityId = raised.Incident.ActivityId,
                    ActivityType = raised.Incident.ActivityType,
                    Message = raised.Incident.Message,
                    MessageZhCn = raised.Incident.MessageZhCn,
                    Timestamp = raised.Incident.Timestamp,
                });
                break;
            case PublicStatusChanged:
                // Optional for hosts: handlers that keep a case record follow it; none is fine.
                await DispatchAsync(db, new ActivityEffect(effect, state), required: false, cancellationToken);
                break;
            case IncidentResolved resolved:
                var incident = await db.Incidents.FindAsync([resolved.IncidentId], cancellationToken);
                if (incident is not null)
                    incident.ResolvedAt = resolved.ResolvedAt;
                break;
            default:
                await DispatchAsync(db, new ActivityEffect(effect, state), required: true, cancellationToken);
                break;
        }
    }

    private async ValueTask AddBookmarkAsync(ApprovalsDbContext db, WorkflowInstanceState state, string? instanceDistrict, bool isNew, BookmarkState bookmark, CancellationToken cancellationToken)
    {
        db.Bookmarks.Add(new BookmarkRecord
        {
            Id = bookmark.Id,
            InstanceId = state.Id,
            ActivityId = bookmark.ActivityId,
            Kind = bookmark.Kind,
            CreatedAt = bookmark.CreatedAt,
            DueAt = bookmark.DueAt,
            DefinitionId = state.DefinitionId,
            DefinitionVersion = state.DefinitionVersion,
            District = instanceDistrict,
        });
        if (bookmark.Kind == BookmarkKinds.HumanTask)
        {
            var task = HumanTaskFactory.FromBookmark(state.Id, bookmark, instanceDistrict);
            var exclusions = HumanTaskFactory.Exclusions(bookmark).ToList();
            if (!isNew && await CorrectionsReturn.AskerAsync(db, queries, state.Id, bookmark.ActivityId, cancellationToken) is { } asker && exclusions.All(x => x.UserName != asker))
                task.Assignee = asker;
            db.HumanTasks.Add(task);
            db.HumanTaskExclusions.AddRange(exclusions);
        }
        // Any other waiting activity with a deadline (a timer, a correction request) is resumed when it is due:
        // by a Timer, or by its escalation when it has one, so that one job alone acts at the due time.
        else if (bookmark.DueAt is { } dueAt && !DeadlineScheduler.EscalationResumes(bookmark))
            OutboxWriter.Add(db, OutboxKinds.Timer, new JsonObject { ["bookmarkId"] = bookmark.Id }.ToJsonString(), state.CorrelationId ?? state.Id, bookmark.CreatedAt, dueAt);
        if (bookmark.Kind != BookmarkKinds.Timer)
            deadlines.OnOpened(db, state, bookmark);
    }

    /// <summary>
    /// The one way a step's effects reach the host's handlers: each handler that handles the effect, in the order
    /// they were registered, inside the step's unit of work. An effect the runtime does not know and no handler
    /// takes is a bug in the host's set-up, never to be dropped silently.
    /// </summary>
    private async ValueTask DispatchAsync(ApprovalsDbContext db, StepEffect effect, bool required, CancellationToken cancellationToken)
    {
        var handled = false;
        foreach (var handler in _handlers)
        {
            if (!handler.Handles(effect))
                continue;
            handled = true;
            await handler.ApplyAsync(effect, db, cancellationToken);
        }
        if (required && !handled)
            throw new InvalidOperationException($"No handler is registered for the workflow effect {(effect is ActivityEffect emitted ? emitted.Effect.GetType().Name : effect.GetType().Name)}.");
    }

    /// <returns>the kind of the cancelled bookmark, or null when it was gone already.</returns>
    private static async ValueTask<string?> CancelBookmarkAsync(ApprovalsDbContext db, string bookmarkId, CancellationToken cancellationToken)
    {
        var bookmark = await db.Bookmarks.FindAsync([bookmarkId], cancellationToken);
        if (bookmark is not null)
            db.Bookmarks.Remove(bookmark);
        var task = db.HumanTasks.Local.FirstOrDefault(t => t.Id == bookmarkId)
            ?? await db.HumanTasks.FindByBookmarkAsync(bookmarkId, cancellationToken);
        if (task is { Status: HumanTaskStatus.Open })
            task.Status = HumanTaskStatus.Cancelled;
        return bookmark?.Kind;
    }

    private static void Copy(WorkflowInstanceState state, WorkflowInstanceRecord record)
    {
        record.Status = state.Status;
        record.PublicStatus = state.PublicStatus;
        record.StateJson = WorkflowStateJson.Serialize(state);
        record.UpdatedAt = state.UpdatedAt;
        record.FinishedAt = state.FinishedAt;
    }
}
