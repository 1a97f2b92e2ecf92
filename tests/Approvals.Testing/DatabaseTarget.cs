using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit;

namespace Approvals.Testing;

/// <summary>Where a test's database lives: a fresh SQLite file, or a fresh database on the local PostgreSQL.</summary>
public abstract class DatabaseTarget : IAsyncDisposable
{
    public abstract string Provider { get; }
    public abstract string ConnectionString { get; }
    public string Folder { get; } = Directory.CreateTempSubdirectory("approvals-test-").FullName;

    public virtual ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    public static DatabaseTarget Sqlite() => new SqliteTarget();

    /// <summary>A new database on the server named by APPROVALS_TEST_POSTGRES; skips the test when none is reachable (fails in CI).</summary>
    public static async Task<DatabaseTarget> PostgreSqlAsync()
    {
        var server = Environment.GetEnvironmentVariable("APPROVALS_TEST_POSTGRES");
        var required = Environment.GetEnvironmentVariable("APPROVALS_REQUIRE_POSTGRES") == "1";
        string? problem = null;
        if (string.IsNullOrWhiteSpace(server))
        {
            problem = "APPROVALS_TEST_POSTGRES is not set";
        }
        else
        {
            try
            {
                return await CreateDatabaseAsync(server);
            }
            catch (Exception ex) when (IsUnreachable(ex))
            {
                problem = $"PostgreSQL at '{server}' is not reachable: {ex.Message}";
            }
        }
        if (required)
            throw new InvalidOperationException($"PostgreSQL is required here (APPROVALS_REQUIRE_POSTGRES=1) but {problem}.");
        throw new SkipException($"Skipped on PostgreSQL: {problem}.");
    }

    /// <summary>
    /// A machine busy with the rest of the suite can take longer than a connect timeout to fork a backend, so a
    /// timed-out attempt is tried again; a refused connection (no server) fails on the first try.
    /// </summary>
    private static async Task<DatabaseTarget> CreateDatabaseAsync(string server)
    {
        const int attempts = 4;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var name = "approvals_test_" + Guid.NewGuid().ToString("N")[..12];
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Timeout = 30 }.ToString());
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection) { CommandTimeout = 120 };
                await create.ExecuteNonQueryAsync();
                return new PostgreSqlTarget(server, name);
            }
            catch (Exception ex) when (attempt < attempts && IsTimeout(ex))
            {
            }
        }
    }

    private static bool IsUnreachable(Exception ex) => ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException;

    private static bool IsTimeout(Exception ex) =>
        ex is TimeoutException || ex.InnerException is TimeoutException || (ex is NpgsqlException npgsql && npgsql.IsTransient);

    private sealed class SqliteTarget : DatabaseTarget
    {
        public override string Provider => "Sqlite";
        public override string ConnectionString => $"Data Source={Path.Combine(Folder, "approvals.db")}";
    }

    private sealed class PostgreSqlTarget(string server, string database) : DatabaseTarget
    {
        public override string Provider => "PostgreSql";
        public override string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Timeout = 30 }.ToString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection) { CommandTimeout = 120 };
            await drop.ExecuteNonQueryAsync();
            await base.DisposeAsync();
        }
    }
}
