using Approvals.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Approvals.Infrastructure.Metrology.Registry;

/// <summary>Seeds <see cref="DevelopmentRegistrySeed"/> at start-up in the Development environment only (after migrations).</summary>
internal sealed class DevelopmentRegistrySeeder(IServiceScopeFactory scopes, IHostEnvironment environment, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        await OneNodeAtATime.RunAsync(db, () => DevelopmentRegistrySeed.ApplyAsync(db, clock, cancellationToken), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
