using Approvals.Text;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Runtime;

/// <summary>
/// One step of an instance: runs scheduled activities breadth-first until every branch waits, ends or faults.
/// Owns the copied state and collects the journal and effects of the step.
/// </summary>
internal sealed partial class WorkflowStep(
    InterpreterServices services,
    CompiledWorkflow workflow,
    WorkflowInstanceState state,
    DateTimeOffset now,
    CancellationToken cancellationToken)
{
    private readonly Queue<(ActivityModel Activity, ConnectionModel? Via)> _scheduled = new();
    private readonly FlowGraph _graph = FlowGraph.For(workflow);
    private int _executed;

    public InterpreterServices Services => services;
    public CompiledWorkflow Workflow => workflow;
    public WorkflowInstanceState State => state;
    public DateTimeOffset Now => now;
    public CancellationToken CancellationToken => cancellationToken;
    public List<JournalEntry> Journal { get; } = [];
    public List<WorkflowEffect> Effects { get; } = [];

    public void Schedule(ActivityModel activity, ConnectionModel? via = null) => _scheduled.Enqueue((activity, via));

    public async ValueTask RunAsync()
    {
        state.Status = WorkflowStatus.Running;
        while (_scheduled.TryDequeue(out var next))
        {
            if (next.Activity.Type == JoinActivity.TypeName && next.Via is not null && !Arrive(next.Activity, next.Via))
                continue;
            if (++_executed > services.MaxActivitiesPerStep)
            {
                RaiseIncident(next.Activity, Texts.Text(Texts.WorkflowStep_StoppedAfterActivitiesWithoutWaitingFlow, services.MaxActivitiesPerStep));
                _scheduled.Clear();
                break;
            }
            await ExecuteAsync(next.Activity);
        }
        Settle();
    }

    public async ValueTask ResumeAsync(BookmarkState bookmark, ResumeStimulus stimulus)
    {
        var model = workflow.ActivitiesById[bookmark.ActivityId];
        var activity = services.Registry.Find(model.Type)
            ?? throw new InvalidOperationException($"Activity type '{model.Type}' of bookmark '{bookmark.Id}' is not registered.");
        state.Bookmarks.Remove(bookmark);
        ActivityResult result;
        try
        {
            result = await activity.ResumeAsync(new StepContext(this, activity, model, bookmark), stimulus);
        }
        catch (Exception ex) when (ex is not Refusal && !IsCancellation(ex))
        {
            AddJournal(model, JournalEvent.Resumed, stimulus.Outcome, stimulus.Actor);
            RaiseIncident(model, Describe(ex));
            return;
        }
        var outcome = result is ActivityResult.Completed completed ? string.Join(",", completed.Outcomes) : stimulus.Outcome;
        AddJournal(model, JournalEvent.Resumed, outcome, stimulus.Actor);
        Apply(model, result, journalCompletion: false);
    }

    public void AddJournal(ActivityModel activity, JournalEvent kind, string? outcome = null, string? actor = null, string? message = null, string? messageZhCn = null) =>
        Journal.Add(new JournalEntry(now, activity.Id, activity.Type, kind, outcome, actor, message, messageZhCn));

    public void AddInstanceJournal(JournalEvent kind, string? actor = null) =>
        Journal.Add(new JournalEntry(now, "", workflow.Definition.Root.Type, kind, Actor: actor));

    private async ValueTask ExecuteAsync(ActivityModel model)
    {
        var activity = services.Registry.Find(model.Type);
        if (activity is null)
        {
            RaiseIncident(model, Texts.Text(Texts.WorkflowStep_ActivityTypeIsNotRegistered, model.Type));
            return;
        }
        ActivityResult result;
        try
        {
            result = await activity.ExecuteAsync(new StepContext(this, activity, model, null));
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            RaiseIncident(model, Describe(ex));
            return;
        }
        Apply(model, result, journalCompletion: true);
    }

    private void Apply(ActivityModel model, ActivityResult result, bool journalCompletion)
    {
        switch (result)
        {
            case ActivityResult.Completed completed:
                if (journalCompletion)
                    AddJournal(model, JournalEvent.Executed, completed.Outcomes.Count == 0 ? null : string.Join(",", completed.Outcomes));
                if (model.Type == ForkActivity.TypeName)
                    OpenJoinRound(model.Id);
                foreach (var outcome in completed.Outcomes)
                {
                    foreach (var connection in workflow.OutgoingFrom(model.Id, outcome))
                        Schedule(workflow.ActivitiesById[connection.Target.Activity], connection);
                }
                break;
            case ActivityResult.Suspended suspended:
                CreateBookmark(model, suspended);
                break;
            case ActivityResult.Faulted faulted:
                RaiseIncident(model, faulted.Message);
                break;
        }
    }

    private void CreateBookmark(ActivityModel model, ActivityResult.Suspended suspended)
    {
        var bookmark = new BookmarkState(suspended.BookmarkId ?? services.Ids.NewId(), model.Id, model.Type, suspended.Kind, suspended.Payload, now, suspended.DueAt);
        state.Bookmarks.Add(bookmark);
        Effects.Add(new BookmarkCreated(bookmark));
        AddJournal(model, JournalEvent.Suspended, message: suspended.Kind);
    }

    // An exception the engine or an activity words for people says so in both languages; any other keeps its own
    // (English) words behind a Chinese lead-in, so the regulator still sees exactly what failed.
    private static LocalizedText Describe(Exception ex) =>
        ex switch
        {
            ActivityFaultException fault => fault.Text,
            Refusal refusal => refusal.Text,
            _ => Texts.Text(Texts.WorkflowStep_ActivityFailed, ex.Message),
        };

    private void RaiseIncident(ActivityModel model, LocalizedText message)
    {
        var incident = new IncidentState(services.Ids.NewId(), model.Id, model.Type, message.En, now) { MessageZhCn = message.ZhCn };
        state.Incidents.Add(incident);
        Effects.Add(new IncidentRaised(incident));
        AddJournal(model, JournalEvent.Faulted, message: message.En, messageZhCn: message.ZhCn);
    }

    private void Settle()
    {
        state.UpdatedAt = now;
        if (state.Incidents.Any(i => i.ResolvedAt is null))
        {
            state.Status = WorkflowStatus.Faulted;
        }
        else if (state.Bookmarks.Count > 0)
        {
            state.Status = WorkflowStatus.Suspended;
        }
        else
        {
            state.Status = WorkflowStatus.Finished;
            state.FinishedAt = now;
            AddInstanceJournal(JournalEvent.InstanceFinished);
        }
    }

    private bool IsCancellation(Exception ex) => ex is OperationCanceledException && cancellationToken.IsCancellationRequested;
}
