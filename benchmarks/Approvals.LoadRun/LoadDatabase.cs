using Npgsql;

namespace Approvals.LoadRun;

/// <summary>A fresh PostgreSQL database created on the named server for one run and dropped after it; null for SQLite.</summary>
public sealed class LoadDatabase : IAsyncDisposable
{
    private readonly string? _server;
    private readonly string? _name;

    private LoadDatabase(string? server, string? name, string? connectionString)
    {
        _server = server;
        _name = name;
        PostgreSql = connectionString;
    }

    public string? PostgreSql { get; }

    public string Description => _name is null ? "SQLite (fresh file)" : $"PostgreSQL (fresh database {_name})";

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
