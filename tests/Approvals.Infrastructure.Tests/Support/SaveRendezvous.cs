using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>
/// Once armed, holds each save that changes definition versions until <paramref name="parties"/> of them have read
/// what they change and arrived: then they all save at once, a real race with no sleep.
/// </summary>
public sealed class SaveRendezvous(int parties) : SaveChangesInterceptor
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;
    private int _armed;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var changesVersions = eventData.Context?.ChangeTracker.Entries<WorkflowDefinitionVersion>().Any(e => e.State == EntityState.Modified) == true;
        if (Volatile.Read(ref _armed) == 1 && changesVersions)
        {
            if (Interlocked.Increment(ref _arrived) == parties)
                _all.TrySetResult();
            await _all.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
        return result;
    }
}
