using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;
using WorkflowCore.Models.LifeCycleEvents;

namespace Approvals.Benchmarks;

/// <summary>
/// The peer: WorkflowCore with its in-memory persistence, single-node queue and lock (its defaults), on the same
/// flow — start, wait for a "review" event, wait for a "second" event, decide on the second's outcome, end. Each
/// client starts an instance, publishes both events for it, and waits for WorkflowCore to report it complete.
/// Tuning, from WorkflowOptions: as many concurrent workflows as clients (the default is max(cores, 4)), and an idle
/// time of 1 ms instead of 100 ms so that no worker sleeps while work is queued; logging off.
/// </summary>
internal static class WorkflowCoreRun
{
    public static async Task<Measurement> MeasureAsync(BenchmarkOptions options)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddWorkflow(o =>
            {
                o.UseMaxConcurrentWorkflows(Math.Max(options.Concurrency, Environment.ProcessorCount));
                o.UseIdleTime(TimeSpan.FromMilliseconds(1));
            });
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<ApprovalWorkflow, ApprovalData>();
        var finished = new ConcurrentDictionary<string, TaskCompletionSource>();
        host.OnLifeCycleEvent += e =>
        {
            if (e is WorkflowCompleted completed)
                finished.GetOrAdd(completed.WorkflowInstanceId, NewSignal).TrySetResult();
        };
        await host.StartAsync(CancellationToken.None);
        try
        {
            return await Measurement.TakeAsync("WorkflowCore 3.22.0, in memory", options.Instances, options.Warmup,
                batch => Clients.RunAsync(batch, options.Concurrency, () => RunOneAsync(host, finished)));
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task RunOneAsync(IWorkflowHost host, ConcurrentDictionary<string, TaskCompletionSource> finished)
    {
        var data = new ApprovalData();
        var id = await host.StartWorkflow(ApprovalWorkflow.Name, data);
        await host.PublishEvent("review", id, "Approve");
        await host.PublishEvent("second", id, "Approve");
        await finished.GetOrAdd(id, NewSignal).Task.WaitAsync(TimeSpan.FromMinutes(2));
        finished.TryRemove(id, out _);
        var instance = await host.PersistenceStore.GetWorkflowInstance(id);
        if (instance.Data is not ApprovalData { Approved: true })
            throw new InvalidOperationException($"WorkflowCore instance {id} did not end approved.");
    }

    private static TaskCompletionSource NewSignal(string _) => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public sealed class ApprovalData
    {
        public string? Review { get; set; }
        public string? Second { get; set; }
        public bool Approved { get; set; }
    }

    private sealed class ApprovalWorkflow : IWorkflow<ApprovalData>
    {
        public const string Name = "bench-approval";

        public string Id => Name;
        public int Version => 1;

        public void Build(IWorkflowBuilder<ApprovalData> builder) => builder
            .StartWith(_ => ExecutionResult.Next())
            .WaitFor("review", (_, context) => context.Workflow.Id)
                .Output(data => data.Review, step => step.EventData)
            .WaitFor("second", (_, context) => context.Workflow.Id)
                .Output(data => data.Second, step => step.EventData)
            .If(data => data.Second == "Approve")
                .Do(then => then.StartWith(context => Approve(context)))
            .Then(_ => ExecutionResult.Next());

        private static ExecutionResult Approve(IStepExecutionContext context)
        {
            ((ApprovalData)context.Workflow.Data).Approved = true;
            return ExecutionResult.Next();
        }
    }
}
