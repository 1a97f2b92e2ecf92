using System.Collections.Concurrent;
using Approvals.Infrastructure.Persistence.Entities;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>Completes a task when a saved step leaves an instance in a given status: tests wait on it, never sleep.</summary>
public sealed class InstanceSignals : SaveChangesInterceptor
{
    private readonly ConcurrentDictionary<(string, WorkflowStatus), TaskCompletionSource> _waiters = new();
    private readonly ConcurrentDictionary<int, List<(string Id, WorkflowStatus Status)>> _pending = new();

    public Task WhenAsync(string instanceId, WorkflowStatus status) =>
        _waiters.GetOrAdd((instanceId, status), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            _pending[context.GetHashCode()] = context.ChangeTracker.Entries<WorkflowInstanceRecord>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified)
                .Select(e => (e.Entity.Id, e.Entity.Status)).ToList();
        }
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryRemove(context.GetHashCode(), out var saved))
        {
            foreach (var instance in saved)
                _waiters.GetOrAdd(instance, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
        return ValueTask.FromResult(result);
    }
}
