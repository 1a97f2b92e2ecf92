using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// Something a step did that the host may follow in the step's own transaction, handed to every
/// <see cref="IStepEffectHandler"/> that handles it.
/// </summary>
public abstract record StepEffect;

/// <summary>An effect an activity emitted that the runtime does not apply itself (a domain effect, a public status).</summary>
public sealed record ActivityEffect(WorkflowEffect Effect, WorkflowInstanceState State) : StepEffect;

/// <summary>
/// A wait of the given <see cref="BookmarkState.Kind"/> ended (resumed, or cancelled with its instance or by a join),
/// so that what the host keeps beside the bookmark closes with it.
/// </summary>
public sealed record BookmarkClosed(string Kind, string BookmarkId, BookmarkClosure Closure, DateTimeOffset At) : StepEffect;

/// <summary>
/// Every effect of the step has been applied: for what the host derives from the step as a whole (the documents a
/// case's changes of status call for), after each effect's own handlers ran.
/// </summary>
public sealed record StepApplied(WorkflowInstanceState State) : StepEffect;

/// <summary>How a wait ended: a stimulus resumed it, or the procedure stopped waiting for it.</summary>
public enum BookmarkClosure
{
    Resumed,
    Cancelled,
}
