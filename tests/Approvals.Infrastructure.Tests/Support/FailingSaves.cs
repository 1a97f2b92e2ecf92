using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>Makes the next save that writes journal lines fail, as a crash between two steps would.</summary>
public sealed class FailingSaves : SaveChangesInterceptor
{
    private int _armed;

    public void FailNextStep() => Interlocked.Exchange(ref _armed, 1);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var writesStep = eventData.Context?.ChangeTracker.Entries<Persistence.Entities.JournalRecord>().Any(e => e.State == EntityState.Added) == true;
        if (writesStep && Interlocked.Exchange(ref _armed, 0) == 1)
            throw new IOException("Injected failure: the process died before the step was committed.");
        return ValueTask.FromResult(result);
    }
}
