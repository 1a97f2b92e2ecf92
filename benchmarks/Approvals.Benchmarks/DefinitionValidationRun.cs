using System.Diagnostics;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Options;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Tests.Support;
using Approvals.Workflows.Validation;

namespace Approvals.Benchmarks;

/// <summary>
/// How long validating a definition of a given size takes (the engine's built-in activities; the blocks of
/// <see cref="LargeFlowchart"/>), the median of several runs after a warm-up. Target: 3,000 activities well under a second.
/// </summary>
internal static class DefinitionValidationRun
{
    public static void Print(IReadOnlyList<int> sizes)
    {
        var expressions = new JintExpressionEvaluator(Microsoft.Extensions.Options.Options.Create(new WorkflowEngineOptions()));
        var loader = new WorkflowDefinitionLoader(new ActivityRegistry(Activities()), expressions);
        loader.Validate(LargeFlowchart.WithBlocks(10));
        foreach (var activities in sizes)
        {
            var definition = LargeFlowchart.WithBlocks(activities / LargeFlowchart.ActivitiesPerBlock);
            var times = new List<TimeSpan>();
            for (var run = 0; run < 5; run++)
            {
                var clock = Stopwatch.StartNew();
                var errors = loader.Validate(definition);
                times.Add(clock.Elapsed);
                if (errors.Count > 0)
                    throw new InvalidOperationException($"the generated definition is not valid: {errors[0].Path} {errors[0].Message}");
            }
            var median = times.Order().ElementAt(times.Count / 2);
            Console.WriteLine($"validate {definition.Root.Activities.Count,6:N0} activities, {definition.Root.Connections.Count,6:N0} connections: {median.TotalMilliseconds,8:N1} ms (median of {times.Count})");
        }
    }

    private static IEnumerable<IActivity> Activities() =>
    [
        new StartActivity(), new EndActivity(), new DecisionActivity(), new ForkActivity(), new JoinActivity(),
        new SetVariableActivity(), new HumanTaskActivity(),
    ];
}
