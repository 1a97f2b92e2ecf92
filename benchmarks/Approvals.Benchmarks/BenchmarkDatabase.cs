using Approvals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Approvals.Benchmarks;

/// <summary>A database of the run's own, deleted afterwards: a SQLite file in a temporary folder, or a new PostgreSQL database.</summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string? _server;
    private readonly string? _name;

    private BenchmarkDatabase(DatabaseProvider provider, string connectionString, string folder, string? server, string? name)
    {
        Provider = provider;
        Folder = folder;
        ConnectionString = connectionString;
        _server = server;
        _name = name;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string Folder { get; }

    public static BenchmarkDatabase Sqlite()
    {
        var folder = NewFolder();
        return new BenchmarkDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "approvals.db")}", folder, null, null);
    }

    public static async Task<BenchmarkDatabase> PostgreSqlAsync(string server)
    {
        var name = "approvals_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new BenchmarkDatabase(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), NewFolder(), server, name);
    }

    private static string NewFolder() => Directory.CreateTempSubdirectory("approvals-bench-").FullName;

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        Directory.Delete(Folder, recursive: true);
    }
}
