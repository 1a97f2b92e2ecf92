using Approvals.Workflows;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Benchmarks;

/// <summary>The interpreter alone: state kept in memory between the three steps of each instance.</summary>
internal static class InMemoryRun
{
    public static async Task<Measurement> MeasureAsync(string flow, BenchmarkOptions options)
    {
        using var services = new ServiceCollection().AddApprovalsEngine().BuildServiceProvider();
        var loader = services.GetRequiredService<IWorkflowDefinitionLoader>();
        var interpreter = services.GetRequiredService<IWorkflowInterpreter>();
        var workflow = loader.Compile(loader.Load(flow).Definition!);
        return await Measurement.TakeAsync("ours, in memory", options.Instances, options.Warmup,
            batch => Clients.RunAsync(batch, options.Concurrency, () => RunOneAsync(interpreter, workflow)));
    }

    private static async Task RunOneAsync(IWorkflowInterpreter interpreter, CompiledWorkflow workflow)
    {
        var state = (await interpreter.StartAsync(workflow, new StartWorkflowRequest())).State;
        state = (await interpreter.ResumeAsync(workflow, state, state.Bookmarks[0].Id, new ResumeStimulus("Approve", Actor: "a"))).State;
        state = (await interpreter.ResumeAsync(workflow, state, state.Bookmarks[0].Id, new ResumeStimulus("Approve", Actor: "b"))).State;
        if (state.Status != WorkflowStatus.Finished)
            throw new InvalidOperationException($"Instance ended {state.Status}, not Finished.");
    }
}
