using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// Start-up work that checks the database and then writes (roles, development accounts and registry rows) must not
/// interleave between nodes starting together: on PostgreSQL it runs under the schema lock, so the second node waits
/// and finds the rows; SQLite serves one node.
/// </summary>
public static class OneNodeAtATime
{
    public static async Task RunAsync(ApprovalsDbContext db, Func<Task> work, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await work();
            return;
        }
        await PostgreSqlSchemaLock.RunAsync(db.Database.GetConnectionString()!, async () =>
        {
            await work();
            return true;
        }, cancellationToken);
    }
}
