using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// synchronous=NORMAL in WAL mode is durable across a process crash and saves an fsync per commit. A step
/// dirties a dozen pages, mostly the same hot ones, so checkpointing every 10,000 WAL pages (about 40 MB)
/// instead of SQLite's 1,000 copies each hot page back far less often and syncs ten times less; it cut the
/// commit time of a step by about a fifth. Reads go through a memory map of the file (mmap_size) instead of
/// a read call that copies each page: SQLite drops a connection's page cache whenever another connection has
/// committed, so under concurrent steps almost every query read its pages again (a third of the process's CPU was
/// the kernel copying them). All are per-connection settings and stay set on a connection the pool hands out again, so
/// each SQLite connection (its handle) is tuned on its first open only: EF opens and closes the connection around each
/// query, and three PRAGMAs prepared on every open were a cost of every query outside a transaction. WAL itself is
/// persistent and set once by <see cref="DatabaseInitializer"/>.
/// A connection that finds the database locked by another writer tries again every millisecond for up to five
/// seconds (<see cref="BusyHandler"/>): SQLite's own busy_timeout sleeps 1, 2, 5, 10 … up to 100 ms between
/// attempts, so under many writers a waiting one slept through most of the moments the lock was free (task
/// completions waited 0.7 s with ten reviewers); Microsoft.Data.Sqlite's own retry sleeps 150 ms.
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=10000; PRAGMA mmap_size=268435456;";

    // The handles (SQLite connections) already tuned; one leaves with its handle when the pool closes it.
    private static readonly ConditionalWeakTable<object, object> Tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    public static void Apply(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Tuned.TryGetValue(handle, out _))
            return;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
        if (connection is not SqliteConnection sqlite || !BusyHandler.TryInstall(sqlite))
        {
            using var fallback = connection.CreateCommand();
            fallback.CommandText = "PRAGMA busy_timeout=5000;";
            fallback.ExecuteNonQuery();
        }
        if (handle is not null)
            Tuned.TryAdd(handle, handle);
    }
}
