using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Data;

/// <summary>
/// Start-up work that runs once per database: the run saves its changes with a <see cref="CompletedOneOffTask"/> row
/// of its name in one transaction, and later start-ups stop at that row. A save refused because another node or a
/// step changed the same rows meanwhile is forgotten and the work read and done again.
/// </summary>
public static class OneOffTasks
{
    private const int Attempts = 5;

    /// <param name="work">adds the changes to <paramref name="db"/> and returns how many things it changed.</param>
    /// <returns>what <paramref name="work"/> returned, or 0 when the task had run before.</returns>
    public static async Task<int> RunOnceAsync(IApprovalsDbContext db, string name, Func<CancellationToken, Task<int>> work, TimeProvider clock, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await db.CompletedOneOffTasks.AsNoTracking().AnyAsync(t => t.Name == name, cancellationToken))
                return 0;
            var changed = await work(cancellationToken);
            db.CompletedOneOffTasks.Add(new CompletedOneOffTask { Name = name, CompletedAt = clock.GetUtcNow() });
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return changed;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                foreach (var entry in db.ChangeTracker.Entries().ToList())
                    entry.State = EntityState.Detached;
            }
        }
    }
}
