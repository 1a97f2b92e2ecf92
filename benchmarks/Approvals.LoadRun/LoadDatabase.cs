using Npgsql;

namespace Approvals.LoadRun;

/// <summary>
/// A fresh PostgreSQL database created on the named server for one run and dropped after it; null for SQLite. Or a
/// database that outlives the run (<see cref="Kept"/>): the data set's, built once and measured many times.
/// </summary>
public sealed class LoadDatabase : IAsyncDisposable
{
    private readonly string? _server;
    private readonly string? _name;

    private LoadDatabase(string? server, string? name, string? connectionString, string? sqliteFile = null, string? description = null)
    {
        _server = server;
        _name = name;
        PostgreSql = connectionString;
        SqliteFile = sqliteFile;
        Description = description ?? (name is null ? "SQLite (fresh file)" : $"PostgreSQL (fresh database {name})");
    }

    public string? PostgreSql { get; }

    /// <summary>The SQLite file to use instead of a fresh one in the host's folder.</summary>
    public string? SqliteFile { get; }

    public string Description { get; }

    /// <summary>A database named by the caller, never dropped: a PostgreSQL connection string or a SQLite file.</summary>
    public static LoadDatabase Kept(string? postgreSql, string? sqliteFile) =>
        postgreSql is not null
            ? new LoadDatabase(null, null, postgreSql, description: $"PostgreSQL ({new NpgsqlConnectionStringBuilder(postgreSql).Database})")
            : new LoadDatabase(null, null, null, sqliteFile ?? throw new ArgumentException("Name a PostgreSQL database or a SQLite file."), $"SQLite ({sqliteFile})");

    public static async Task<LoadDatabase> CreateAsync(string? server)
    {
        if (server is null)
            return new LoadDatabase(null, null, null);
        var name = $"approvals_load_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new LoadDatabase(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null || _name is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
