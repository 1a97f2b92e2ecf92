using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>Completes when, once armed, a step has read an instance row: it now holds that revision.</summary>
public sealed class InstanceLoads : DbCommandInterceptor
{
    private TaskCompletionSource? _next;

    public Task NextAsync()
    {
        var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _next, next);
        return next.Task;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("FROM \"WorkflowInstances\"", StringComparison.Ordinal))
            Interlocked.Exchange(ref _next, null)?.TrySetResult();
        return ValueTask.FromResult(result);
    }
}
