using System.Text.Json.Nodes;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Runtime;

/// <summary>What an activity sees while it runs: its model, its evaluated inputs, the variables, the clock.</summary>
public abstract class ActivityExecutionContext
{
    public abstract ActivityModel Activity { get; }
    public abstract CompiledWorkflow Workflow { get; }
    public abstract WorkflowInstanceState Instance { get; }
    public abstract DateTimeOffset Now { get; }
    public abstract IDueDateCalculator DueDates { get; }
    public abstract IExpressionEvaluator Expressions { get; }
    public abstract CancellationToken CancellationToken { get; }

    /// <summary>The bookmark being resumed, when the activity is resumed.</summary>
    public abstract BookmarkState? Bookmark { get; }

    /// <summary>Evaluates an input: a literal is returned as is, an expression is run in the sandbox; null when absent.</summary>
    /// <exception cref="ExpressionException">the expression fails.</exception>
    public abstract JsonNode? EvaluateInput(string name);

    public abstract JsonNode? GetVariable(string name);

    public abstract void SetVariable(string name, JsonNode? value);

    /// <summary>
    /// An id for the bookmark the activity is about to suspend on (pass it to <see cref="ActivityResult.Suspend"/>),
    /// so that an effect of the same step can name the exact wait it belongs to.
    /// </summary>
    public abstract string NewBookmarkId();

    /// <summary>Asks the host for work in the same transaction as this step (mail, a task, a registry write).</summary>
    public abstract void Emit(WorkflowEffect effect);

    /// <summary>Adds a line people read to the instance's journal, committed with this step.</summary>
    public abstract void WriteJournalNote(string text);

    public string? EvaluateString(string name) => EvaluateInput(name) switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        var node => node.ToJsonString(),
    };
}
