using Approvals.Core.Access;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Text;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Publication;

public abstract class ConcurrentPublicationTests
{
    private static readonly Caller First = Regulator("regulator.one@test.local", "310118");
    private static readonly Caller Second = Regulator("regulator.two@test.local", "320509");

    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    private static string Flow(string id, string title = "First review") =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Flows", "two-step-approval.json"))
            .Replace("\"two-step-approval\"", $"\"{id}\"", StringComparison.Ordinal)
            .Replace("First review", title, StringComparison.Ordinal);

    [SkippableFact]
    public async Task Two_regulators_publishing_one_definition_at_the_same_moment_leave_exactly_one_current_version_and_the_loser_is_told()
    {
        var target = await CreateTargetAsync();
        await using var _ = target;
        var rendezvous = new SaveRendezvous(parties: 2);
        await using var host = await RuntimeHost.StartAsync(target, configure: s => s.AddSingleton<IInterceptor>(rendezvous));
        await host.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<WorkflowDefinitionService>();
            await definitions.SaveDraftAsync(Flow("raced"), CancellationToken.None);
            await definitions.PublishAsync("raced", 1, First, CancellationToken.None);
            await definitions.SaveDraftAsync(Flow("raced", "Second look"), CancellationToken.None);
            return 0;
        });

        rendezvous.Arm();
        var outcomes = await Task.WhenAll(PublishAsync(host, First), PublishAsync(host, Second));

        Assert.Single(outcomes, o => o is null);
        var refusal = Assert.Single(outcomes, o => o is not null);
        Assert.Contains("同时", refusal!.Text.ZhCn, StringComparison.Ordinal);
        var current = await host.DatabaseAsync(db => db.WorkflowDefinitions.Where(d => d.DefinitionId == "raced" && d.IsCurrent).Select(d => d.Version).ToListAsync());
        Assert.Equal([2], current);
        var listed = await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowDefinitionService>().ListAsync(CancellationToken.None));
        Assert.Equal(2, listed.Single(d => d.DefinitionId == "raced").PublishedVersion);
    }

    [SkippableFact]
    public async Task The_database_refuses_a_second_current_version_of_a_definition()
    {
        var target = await CreateTargetAsync();
        await using var _ = target;
        await using var host = await RuntimeHost.StartAsync(target);
        await host.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<WorkflowDefinitionService>();
            await definitions.SaveDraftAsync(Flow("guarded"), CancellationToken.None);
            await definitions.PublishAsync("guarded", 1, First, CancellationToken.None);
            await definitions.SaveDraftAsync(Flow("guarded", "Second look"), CancellationToken.None);
            return 0;
        });

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => host.DatabaseAsync(async db =>
        {
            var draft = await db.WorkflowDefinitions.SingleAsync(d => d.DefinitionId == "guarded" && d.Version == 2);
            draft.IsCurrent = true;
            return await db.SaveChangesAsync();
        }));

        Assert.True(UniqueViolation.Is(failure));
    }

    private static async Task<ConflictRefusal?> PublishAsync(RuntimeHost host, Caller publisher)
    {
        try
        {
            await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowDefinitionService>().PublishAsync("raced", 2, publisher, CancellationToken.None));
            return null;
        }
        catch (ConflictRefusal refused)
        {
            return refused;
        }
    }

    private static Caller Regulator(string userName, string district) =>
        new(userName, userName, userName, new HashSet<string> { ApprovalsRoles.Regulator }, district);
}

public sealed class SqliteConcurrentPublicationTests : ConcurrentPublicationTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}

public sealed class PostgreSqlConcurrentPublicationTests : ConcurrentPublicationTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
