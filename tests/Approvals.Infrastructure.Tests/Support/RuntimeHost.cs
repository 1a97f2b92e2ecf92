using Approvals.Core;
using Approvals.Infrastructure;
using Approvals.Infrastructure.Persistence;
using Approvals.UseCases;
using Approvals.Workflows;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Shipped;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>
/// The infrastructure as the web host runs it (migrations, runtime, outbox, optionally a Hangfire server on
/// real storage), in a generic host over a <see cref="DatabaseTarget"/>.
/// </summary>
public sealed class RuntimeHost : IAsyncDisposable
{
    /// <summary>Where the links in the host's mail point (<c>App:PublicBaseUrl</c>).</summary>
    public const string PublicBaseUrl = "https://approvals.test/";

    private readonly IHost _host;

    private RuntimeHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<RuntimeHost> StartAsync(DatabaseTarget target, bool hangfireServer = false, TimeProvider? clock = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = target.Folder,
            EnvironmentName = "Test",
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = target.Provider,
            ["ConnectionStrings:Approvals"] = target.ConnectionString,
            ["ConnectionStrings:Hangfire"] = Path.Combine(target.Folder, "hangfire.db"),
            ["Hangfire:ServerEnabled"] = hangfireServer ? "true" : "false",
            ["Hangfire:WorkerCount"] = "2",
            ["Hangfire:SchedulePollingInterval"] = "00:00:00.500",
            ["Hangfire:QueuePollInterval"] = "00:00:00.100",
            ["App:PublicBaseUrl"] = PublicBaseUrl,
        });
        // Hangfire keeps the first host's logger factory in a static; one that outlives every host keeps
        // the next host's jobs from failing on a disposed factory.
        builder.Services.AddSingleton(TestLogging.Factory);
        if (clock is not null)
            builder.Services.AddSingleton(clock);
        builder.Services.AddApprovalsEngine().AddMetrology().AddApprovalsApplication()
            .AddApprovalsInfrastructure(builder.Configuration, target.Folder);
        if (clock is not null)
            builder.Services.Replace(ServiceDescriptor.Singleton(clock));
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new RuntimeHost(host);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> RuntimeAsync<T>(Func<WorkflowRuntime, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<WorkflowRuntime>()));

    public Task<T> QueryAsync<T>(Func<WorkflowQueries, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<WorkflowQueries>()));

    public Task<T> DatabaseAsync<T>(Func<ApprovalsDbContext, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<ApprovalsDbContext>()));

    /// <summary>Publishes a flow from the test's Flows folder, optionally edited first.</summary>
    public Task<int> PublishAsync(string flow, Func<string, string>? edit = null) =>
        InScopeAsync(async sp =>
        {
            var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Flows", flow + ".json"));
            var imported = await sp.GetRequiredService<ShippedDefinitionImporter>().ImportAsync(flow + ".json", edit?.Invoke(json) ?? json, CancellationToken.None);
            return imported.Outcome == ShippedImportOutcome.Published ? imported.Version!.Value : throw new InvalidOperationException($"{flow} was not published: {imported.Outcome}.");
        });

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
