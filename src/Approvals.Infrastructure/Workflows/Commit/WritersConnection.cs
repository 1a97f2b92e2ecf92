using System.Data;
using System.Data.Common;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// Points a step's unit of work at the SQLite writer's connection and transaction while the writer writes the step, so
/// what the step saves through EF (the case, registry rows, documents, audit chains) and what it reads at commit go into
/// the group's transaction with the step's runtime rows, and see the steps written before it in the same transaction.
/// Afterwards the unit of work makes a connection of its own again on its next use. EF lets a context's connection be
/// replaced only while it is closed, so the step gives its own back before it queues.
/// </summary>
internal static class WritersConnection
{
    /// <summary>Closes the context's own connection; false if it stays open (opened more than once), and cannot be lent.</summary>
    public static async Task<bool> GiveBackOwnAsync(ApprovalsDbContext db)
    {
        if (db.Database.GetDbConnection().State != ConnectionState.Closed)
            await db.Database.CloseConnectionAsync();
        return db.Database.GetDbConnection().State == ConnectionState.Closed;
    }

    /// <summary>Lends the writer's connection and transaction to the context until the result is disposed.</summary>
    public static async Task<IAsyncDisposable> LendAsync(ApprovalsDbContext db, DbConnection connection, DbTransaction transaction)
    {
        var ownConnectionString = db.Database.GetConnectionString();
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction);
        return new Loan(db, ownConnectionString);
    }

    private sealed class Loan(ApprovalsDbContext db, string? ownConnectionString) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Neither call closes or disposes the writer's connection: the context does not own it.
            await db.Database.UseTransactionAsync(null);
            db.Database.SetDbConnection(null, contextOwnsConnection: true);
            db.Database.SetConnectionString(ownConnectionString);
        }
    }
}
