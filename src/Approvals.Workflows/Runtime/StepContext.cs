using System.Text.Json.Nodes;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Runtime;

/// <summary>The context one activity runs in during a step.</summary>
internal sealed class StepContext(WorkflowStep step, IActivity implementation, ActivityModel activity, BookmarkState? bookmark)
    : ActivityExecutionContext
{
    public override ActivityModel Activity => activity;
    public override CompiledWorkflow Workflow => step.Workflow;
    public override WorkflowInstanceState Instance => step.State;
    public override DateTimeOffset Now => step.Now;
    public override IDueDateCalculator DueDates => step.Services.DueDates;
    public override IExpressionEvaluator Expressions => step.Services.Expressions;
    public override CancellationToken CancellationToken => step.CancellationToken;
    public override BookmarkState? Bookmark => bookmark;

    public override JsonNode? EvaluateInput(string name)
    {
        var input = activity.Inputs[name];
        if (input is null)
            return implementation.Descriptor.Inputs.FirstOrDefault(i => i.Name == name)?.Default?.DeepClone();
        if (InputValue.TryGetExpression(input, out var language, out var expression))
            return Expressions.Evaluate(language, expression, Instance.Variables, Instance.Input, CancellationToken);
        return input.DeepClone();
    }

    public override JsonNode? GetVariable(string name) => Instance.Variables[name];

    public override void SetVariable(string name, JsonNode? value) => Instance.Variables[name] = value;

    public override string NewBookmarkId() => step.Services.Ids.NewId();

    public override void Emit(WorkflowEffect effect) => step.Effects.Add(effect);

    public override void WriteJournalNote(string text) => step.AddJournal(activity, JournalEvent.Note, message: text);
}
