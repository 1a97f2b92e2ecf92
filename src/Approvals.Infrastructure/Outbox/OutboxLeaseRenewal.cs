using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// Keeps a claim alive while its handler works: every third of the lease, on its own context (the handler uses the
/// scope's), the lease is pushed forward, but only while the row is still this attempt's.
/// </summary>
internal sealed class OutboxLeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public OutboxLeaseRenewal(IServiceScopeFactory scopes, TimeProvider clock, long id, int attempt, TimeSpan lease) =>
        _loop = RenewAsync(scopes, clock, id, attempt, lease, _stop.Token);

    private static async Task RenewAsync(IServiceScopeFactory scopes, TimeProvider clock, long id, int attempt, TimeSpan lease, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(lease / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
                var leaseUntil = clock.GetUtcNow() + lease;
                await db.Outbox.Where(o => o.Id == id && o.Status == OutboxStatus.Processing && o.Attempts == attempt)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseUntil, leaseUntil), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (Exception) when (_loop.IsFaulted)
        {
            // A renewal that failed (database away) only shortens the claim; the sweeper recovers the row if the worker is gone.
        }
        _stop.Dispose();
    }
}
