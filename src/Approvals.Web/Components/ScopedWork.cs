using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Components;

/// <summary>
/// Runs one piece of page work in its own DI scope, so a Blazor circuit never holds a DbContext across
/// user actions (a long-lived context would serve stale rows and refuse concurrent use).
/// </summary>
public sealed class ScopedWork(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task RunAsync<TService>(Func<TService, Task> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
