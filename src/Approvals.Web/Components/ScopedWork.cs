using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Components;

/// <summary>
/// Runs one piece of page work in its own DI scope, so a Blazor circuit never holds a DbContext across
/// user actions (a long-lived context would serve stale rows and refuse concurrent use). Registered per circuit:
/// the token it hands the work is cancelled when the circuit ends, so a closed tab stops its queries.
/// </summary>
public sealed class ScopedWork(IServiceScopeFactory scopes) : IDisposable
{
    private readonly CancellationTokenSource _circuit = new();

    public async Task<T> RunAsync<TService, T>(Func<TService, CancellationToken, Task<T>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>(), _circuit.Token);
    }

    public async Task RunAsync<TService>(Func<TService, CancellationToken, Task> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TService>(), _circuit.Token);
    }

    public void Dispose()
    {
        _circuit.Cancel();
        _circuit.Dispose();
    }
}
