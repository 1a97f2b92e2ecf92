using System.Diagnostics;
using Approvals.Infrastructure.Persistence;
using Approvals.Testing;
using Microsoft.Data.Sqlite;

namespace Approvals.Infrastructure.Tests.Connections;

public sealed class SqliteConnectionTuningTests : IAsyncLifetime
{
    private readonly DatabaseTarget _target = DatabaseTarget.Sqlite();

    public async Task InitializeAsync()
    {
        await using var setup = await OpenAsync(tuned: false);
        await ExecuteAsync(setup, "PRAGMA journal_mode=WAL; CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL);");
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task A_connection_reads_through_a_memory_map_and_syncs_at_checkpoints_only()
    {
        await using var connection = await OpenAsync(tuned: true);

        Assert.Equal(268_435_456L, await ScalarAsync(connection, "PRAGMA mmap_size"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous"));
        Assert.Equal(10_000L, await ScalarAsync(connection, "PRAGMA wal_autocheckpoint"));
        // The bundled SQLite takes the millisecond busy handler (not the fallback to busy_timeout).
        Assert.True(BusyHandler.TryInstall(connection));
        Assert.Equal(0L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task A_connection_the_pool_hands_out_again_keeps_its_tuning_and_is_not_tuned_again()
    {
        var pooled = new SqliteConnectionStringBuilder(_target.ConnectionString) { Pooling = true }.ToString();
        await using (var first = new SqliteConnection(pooled))
        {
            await first.OpenAsync();
            SqliteConnectionTuning.Apply(first);
            // A value the tuning would put back if it ran again on the same SQLite connection.
            await ExecuteAsync(first, "PRAGMA wal_autocheckpoint=1234;");
        }

        await using (var again = new SqliteConnection(pooled))
        {
            await again.OpenAsync();
            SqliteConnectionTuning.Apply(again);
            Assert.Equal(1234L, await ScalarAsync(again, "PRAGMA wal_autocheckpoint"));
            Assert.Equal(268_435_456L, await ScalarAsync(again, "PRAGMA mmap_size"));
            Assert.Equal(1L, await ScalarAsync(again, "PRAGMA synchronous"));
        }

        // A new SQLite connection, once the pool has closed the old one, is tuned in full.
        SqliteConnection.ClearAllPools();
        await using var fresh = new SqliteConnection(pooled);
        await fresh.OpenAsync();
        SqliteConnectionTuning.Apply(fresh);
        Assert.Equal(10_000L, await ScalarAsync(fresh, "PRAGMA wal_autocheckpoint"));
        Assert.Equal(268_435_456L, await ScalarAsync(fresh, "PRAGMA mmap_size"));
    }

    [Fact]
    public async Task A_write_that_finds_the_database_locked_waits_for_the_lock_and_then_writes()
    {
        await using var holder = await OpenAsync(tuned: false);
        await using var writer = await OpenAsync(tuned: true);
        await ExecuteAsync(holder, "BEGIN IMMEDIATE; INSERT INTO Notes (Text) VALUES ('first');");

        var waiting = Task.Run(() => ExecuteAsync(writer, "INSERT INTO Notes (Text) VALUES ('second');"));
        await ExecuteAsync(holder, "COMMIT;");
        await waiting;

        Assert.Equal(2L, await ScalarAsync(holder, "SELECT COUNT(*) FROM Notes"));
    }

    [Fact]
    public async Task A_write_gives_up_after_five_seconds_of_a_held_lock_and_changes_nothing()
    {
        await using var holder = await OpenAsync(tuned: false);
        await using var writer = await OpenAsync(tuned: true);
        await ExecuteAsync(holder, "BEGIN IMMEDIATE; INSERT INTO Notes (Text) VALUES ('held');");
        var waited = Stopwatch.StartNew();

        var refused = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(writer, "INSERT INTO Notes (Text) VALUES ('refused');"));

        waited.Stop();
        Assert.Equal(5, refused.SqliteErrorCode); // SQLITE_BUSY
        // At least the five seconds SQLite was told to wait, never sooner.
        Assert.InRange(waited.Elapsed, BusyHandler.GiveUpAfter, TimeSpan.FromSeconds(25));
        await ExecuteAsync(holder, "ROLLBACK;");
        Assert.Equal(0L, await ScalarAsync(holder, "SELECT COUNT(*) FROM Notes"));
    }

    private async Task<SqliteConnection> OpenAsync(bool tuned)
    {
        // Its own pool-less connection each, so that the two never share one. Microsoft.Data.Sqlite retries a busy
        // statement on its own until the command timeout: one second here, so that what is measured is SQLite's wait.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_target.ConnectionString) { Pooling = false, DefaultTimeout = 1 }.ToString());
        await connection.OpenAsync();
        if (tuned)
            SqliteConnectionTuning.Apply(connection);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
