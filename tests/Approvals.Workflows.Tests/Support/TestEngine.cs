using Approvals.Workflows.Activities;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;
using Approvals.Workflows.Options;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Services;
using Approvals.Workflows.Validation;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Approvals.Workflows.Tests.Support;

/// <summary>The engine wired as the host wires it, with a fake clock and predictable ids.</summary>
public sealed class TestEngine
{
    /// <summary>Monday 3 March 2025, 09:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Monday9am = new(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);

    public TestEngine(Action<WorkflowEngineOptions>? configure = null)
    {
        var options = new WorkflowEngineOptions();
        configure?.Invoke(options);
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Expressions = new JintExpressionEvaluator(wrapped);
        Registry = new ActivityRegistry(BuiltInActivities());
        Loader = new WorkflowDefinitionLoader(Registry, Expressions);
        Interpreter = new WorkflowInterpreter(Registry, Expressions, new WeekdayDueDateCalculator(), Ids, Time, wrapped);
    }

    public FakeTimeProvider Time { get; } = new(Monday9am);
    public SequentialIds Ids { get; } = new();
    public JintExpressionEvaluator Expressions { get; }
    public ActivityRegistry Registry { get; }
    public WorkflowDefinitionLoader Loader { get; }
    public WorkflowInterpreter Interpreter { get; }

    /// <summary>The mail templates the test host declares.</summary>
    public static readonly IMailTemplateCatalog MailTemplates = Mock.Of<IMailTemplateCatalog>(c => c.Names == new[] { "approved", "rejected" });

    public static IEnumerable<IActivity> BuiltInActivities() =>
    [
        new StartActivity(), new EndActivity(), new DecisionActivity(), new SwitchActivity(), new ForkActivity(), new JoinActivity(),
        new SetVariableActivity(), new SetStatusActivity(), new DelayActivity(), new HumanTaskActivity(), new SendEmailActivity(MailTemplates), new JournalNoteActivity(),
    ];

    public CompiledWorkflow Compile(string json)
    {
        var result = Loader.Load(json);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return Loader.Compile(result.Definition!);
    }

    public CompiledWorkflow Compile(WorkflowDefinition definition) => Loader.Compile(definition);

    public ValueTask<ExecutionResult> StartAsync(CompiledWorkflow workflow, System.Text.Json.Nodes.JsonObject? input = null) =>
        Interpreter.StartAsync(workflow, new StartWorkflowRequest(Input: input, Actor: "applicant"));

    public ValueTask<ExecutionResult> ResumeAsync(CompiledWorkflow workflow, WorkflowInstanceState state, string activityId, ResumeStimulus stimulus) =>
        Interpreter.ResumeAsync(workflow, state, state.Bookmarks.Single(b => b.ActivityId == activityId).Id, stimulus);
}
