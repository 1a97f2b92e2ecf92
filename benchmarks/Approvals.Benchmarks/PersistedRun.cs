using Approvals.Core.Access;
using Approvals.Infrastructure;
using Approvals.Workflows;
using Approvals.UseCases;
using Approvals.Core;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Shipped;
using Approvals.Workflows.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Approvals.Benchmarks;

/// <summary>The persisted runtime, each start and each task completion its own committed step, under concurrent clients.</summary>
internal static class PersistedRun
{
    public static async Task<Measurement> MeasureAsync(string engine, BenchmarkDatabase database, string flow, BenchmarkOptions options)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Approvals"] = database.ConnectionString,
            ["ConnectionStrings:Hangfire"] = database.Provider == DatabaseProvider.Sqlite ? Path.Combine(database.Folder, "hangfire.db") : database.ConnectionString,
            ["Hangfire:ServerEnabled"] = "false",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            // Hangfire keeps the logger factory it first saw in a static; a factory this provider would dispose at the
            // end of the run would break every later host in the same process (the test run's smoke test).
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new BenchmarkEnvironment(database.Folder))
            .AddApprovalsEngine().AddMetrology().AddApprovalsApplication()
            .AddApprovalsInfrastructure(configuration, database.Folder);
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>(), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<ShippedDefinitionImporter>().ImportAsync("benchmark.json", flow, CancellationToken.None);
        }
        return await Measurement.TakeAsync(engine, options.Instances, options.Warmup,
            batch => Clients.RunAsync(batch, options.Concurrency, () => RunOneAsync(provider)));
    }

    private static async Task RunOneAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
        var state = await runtime.StartAsync("bench-approval", null, null, null, "applicant", CancellationToken.None);
        state = await runtime.CompleteTaskAsync(state.Bookmarks[0].Id, new ResumeStimulus("Approve"), Caller.Admitted("a"), CancellationToken.None);
        state = await runtime.CompleteTaskAsync(state.Bookmarks[0].Id, new ResumeStimulus("Approve"), Caller.Admitted("b"), CancellationToken.None);
        if (state.Status != WorkflowStatus.Finished)
            throw new InvalidOperationException($"Instance ended {state.Status}, not Finished.");
    }

    private sealed class BenchmarkEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Benchmark";
        public string ApplicationName { get; set; } = "Approvals.Benchmarks";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new PhysicalFileProvider(root);
    }
}
