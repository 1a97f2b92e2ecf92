using Approvals.Core.Access;
using Approvals.Infrastructure.Workflows;
using Approvals.UseCases.Instances;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Support;

/// <summary>A host with the two-step approval published for Qingpu; each test starts the tasks it needs.</summary>
public sealed class DistrictTaskFactory : ApiFactory, IAsyncLifetime
{
    public const string Qingpu = "310118";
    private const string DefinitionId = "district-tasks-310118";

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
        var (saved, _) = await definitions.SaveDraftAsync(ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", $"\"{DefinitionId}\""), CancellationToken.None);
        await definitions.PublishAsync(saved.DefinitionId, saved.Version, TestAccount.Staff.Scope, CancellationToken.None);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Starts an instance; returns its first task (First review, Approve or Reject, in Qingpu).</summary>
    public async Task<TaskView> StartTaskAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var instance = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync(DefinitionId, null, null, null, "test", CancellationToken.None);
        var tasks = await scope.ServiceProvider.GetRequiredService<WorkflowQueries>().ListTasksAsync(new TaskFilter(InstanceId: instance.Id), Caller.System, CancellationToken.None);
        return Assert.Single(tasks);
    }
}
