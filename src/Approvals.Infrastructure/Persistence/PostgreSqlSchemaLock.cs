using Npgsql;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// Serialises schema set-up between nodes starting together on one PostgreSQL database: our migrations and Hangfire's
/// schema install each run under this session-level advisory lock, so the second node waits and finds the work done.
/// </summary>
public static class PostgreSqlSchemaLock
{
    /// <summary>Any fixed number; the same on every node ("approvals schema").</summary>
    private const long Key = 0x4150_5052_5343_484D;

    public static async Task<T> RunAsync<T>(string connectionString, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection))
            await command.ExecuteNonQueryAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    public static T Run<T>(string connectionString, Func<T> work)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection))
            command.ExecuteNonQuery();
        try
        {
            return work();
        }
        finally
        {
            using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", connection);
            unlock.ExecuteNonQuery();
        }
    }
}
