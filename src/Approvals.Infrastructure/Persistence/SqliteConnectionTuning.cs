using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// synchronous=NORMAL in WAL mode is durable across a process crash and saves an fsync per commit; it is a
/// per-connection setting, so it is set on every open. WAL itself is persistent and set once by
/// <see cref="DatabaseInitializer"/>.
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
