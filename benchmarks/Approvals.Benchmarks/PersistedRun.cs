using System.Diagnostics;
using Approvals.Core.Access;
using Approvals.Infrastructure;
using Approvals.Workflows;
using Approvals.UseCases;
using Approvals.Core;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Shipped;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Approvals.Benchmarks;

/// <summary>The persisted runtime on a SQLite file: each start and each task completion is its own transaction.</summary>
internal static class PersistedRun
{
    /// <summary>Warms up, then runs <paramref name="instances"/>; <paramref name="measured"/> is told when the measured part starts and ends.</summary>
    public static async Task<double> MeasureAsync(string flow, int instances, Action<bool> measured)
    {
        var folder = Directory.CreateTempSubdirectory("approvals-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Approvals"] = $"Data Source={Path.Combine(folder, "approvals.db")}",
            ["ConnectionStrings:Hangfire"] = Path.Combine(folder, "hangfire.db"),
            ["Hangfire:ServerEnabled"] = "false",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new BenchmarkEnvironment(folder))
            .AddApprovalsEngine().AddMetrology().AddApprovalsApplication()
            .AddApprovalsInfrastructure(configuration, folder);
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>(), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<ShippedDefinitionImporter>().ImportAsync("benchmark.json", flow, CancellationToken.None);
        }

        await Warmup.RunAsync(batch => RunAsync(provider, batch));
        measured(true);
        var watch = Stopwatch.StartNew();
        await RunAsync(provider, instances);
        var rate = instances / watch.Elapsed.TotalSeconds;
        measured(false);
        Directory.Delete(folder, recursive: true);
        return rate;
    }

    private static async Task RunAsync(IServiceProvider provider, int instances)
    {
        for (var i = 0; i < instances; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
            var state = await runtime.StartAsync("bench-approval", null, null, null, "applicant", CancellationToken.None);
            state = await runtime.CompleteTaskAsync(state.Bookmarks[0].Id, new ResumeStimulus("Approve"), Caller.Admitted("a"), CancellationToken.None);
            state = await runtime.CompleteTaskAsync(state.Bookmarks[0].Id, new ResumeStimulus("Approve"), Caller.Admitted("b"), CancellationToken.None);
            if (state.Status != WorkflowStatus.Finished)
                throw new InvalidOperationException($"Instance ended {state.Status}, not Finished.");
        }
    }

    private sealed class BenchmarkEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Benchmark";
        public string ApplicationName { get; set; } = "Approvals.Benchmarks";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new PhysicalFileProvider(root);
    }
}
