using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// One connection for the whole step: its queries and its commit share one open. The open is given back when the step
/// ends, however it ends (committed, refused, failed), unless the commit already gave the connection back to lend the
/// writer's. It must be: a pooled unit of work is reset asynchronously when its scope ends, and EF Core's asynchronous
/// reset closes the connection but keeps its count of explicit opens. The next user of that unit of work then had a
/// connection EF never closed after a query, and which a later step could not give back to borrow the SQLite writer's,
/// so its decision was written alone instead of in the group commit.
/// </summary>
internal sealed class StepConnection : IAsyncDisposable
{
    private readonly ApprovalsDbContext _db;

    private StepConnection(ApprovalsDbContext db) => _db = db;

    public static async Task<StepConnection> OpenAsync(ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new StepConnection(db);
    }

    // Closing once more than opened is harmless: EF Core counts no lower than zero, and closes nothing then.
    public async ValueTask DisposeAsync() => await _db.Database.CloseConnectionAsync();
}
