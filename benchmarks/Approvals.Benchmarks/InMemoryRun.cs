using System.Diagnostics;
using Approvals.Workflows;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Benchmarks;

/// <summary>The interpreter alone: state kept in memory between the three steps of each instance.</summary>
internal static class InMemoryRun
{
    public static async Task<double> MeasureAsync(string flow, int instances)
    {
        using var services = new ServiceCollection().AddApprovalsEngine().BuildServiceProvider();
        var loader = services.GetRequiredService<IWorkflowDefinitionLoader>();
        var interpreter = services.GetRequiredService<IWorkflowInterpreter>();
        var workflow = loader.Compile(loader.Load(flow).Definition!);

        await Warmup.RunAsync(batch => RunAsync(interpreter, workflow, batch));
        var watch = Stopwatch.StartNew();
        await RunAsync(interpreter, workflow, instances);
        return instances / watch.Elapsed.TotalSeconds;
    }

    private static async Task RunAsync(IWorkflowInterpreter interpreter, CompiledWorkflow workflow, int instances)
    {
        for (var i = 0; i < instances; i++)
        {
            var state = (await interpreter.StartAsync(workflow, new StartWorkflowRequest())).State;
            state = (await interpreter.ResumeAsync(workflow, state, state.Bookmarks[0].Id, new ResumeStimulus("Approve", Actor: "a"))).State;
            state = (await interpreter.ResumeAsync(workflow, state, state.Bookmarks[0].Id, new ResumeStimulus("Approve", Actor: "b"))).State;
            if (state.Status != WorkflowStatus.Finished)
                throw new InvalidOperationException($"Instance ended {state.Status}, not Finished.");
        }
    }
}
