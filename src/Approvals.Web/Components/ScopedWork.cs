using Approvals.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Approvals.Web.Components;

/// <summary>
/// Runs one piece of page work in its own DI scope, so a Blazor circuit never holds a DbContext across
/// user actions (a long-lived context would serve stale rows and refuse concurrent use). Registered per circuit:
/// the token it hands the work is cancelled when the circuit ends, so a closed tab stops its queries.
/// When someone else saved the same row first, the person is told to reload and the page's action stops as
/// cancelled (which Blazor lets pass), instead of the exception ending the circuit.
/// </summary>
// The snackbar is asked for only when a conflict happens: MudBlazor's needs the circuit's navigation, which a page
// rendered outside a circuit (bUnit, prerendering) does not have.
public sealed class ScopedWork(IServiceScopeFactory scopes, IServiceProvider circuit, IStringLocalizer<SharedResource> text) : IDisposable
{
    private readonly CancellationTokenSource _circuit = new();

    public async Task<T> RunAsync<TService, T>(Func<TService, CancellationToken, Task<T>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            return await work(scope.ServiceProvider.GetRequiredService<TService>(), _circuit.Token);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            throw ChangedMeanwhile(conflict);
        }
    }

    public Task RunAsync<TService>(Func<TService, CancellationToken, Task> work)
        where TService : notnull =>
        RunAsync<TService, bool>(async (service, cancellationToken) =>
        {
            await work(service, cancellationToken);
            return true;
        });

    public void Dispose()
    {
        _circuit.Cancel();
        _circuit.Dispose();
    }

    private OperationCanceledException ChangedMeanwhile(DbUpdateConcurrencyException conflict)
    {
        circuit.GetRequiredService<ISnackbar>().Add(text["Page_ChangedMeanwhile"], Severity.Warning);
        return new OperationCanceledException(text["Page_ChangedMeanwhile"], conflict);
    }
}
