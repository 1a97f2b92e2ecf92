using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Approvals.DataSet;

/// <summary>Binary COPY per table: the fastest way rows enter PostgreSQL.</summary>
public sealed class PostgreSqlCopyWriter(NpgsqlConnection connection) : IBulkWriter
{
    public static async Task<PostgreSqlCopyWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new PostgreSqlCopyWriter(connection);
    }

    public async Task WriteAsync(TableShape table, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var types = table.Properties.Select(p => BaseTypeName(p.GetColumnType())).ToArray();
        var copy = $"COPY \"{table.Table}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < row.Length; i++)
            {
                if (table.ToProvider(i, row[i]) is { } value)
                    await importer.WriteAsync(value, types[i], cancellationToken);
                else
                    await importer.WriteNullAsync(cancellationToken);
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task ContinueKeysAfterAsync(TableShape table, CancellationToken cancellationToken)
    {
        var key = table.Columns[table.GeneratedIntegerKey];
        return ExecuteAsync($"SELECT setval(pg_get_serial_sequence('\"{table.Table}\"', '{key}'), (SELECT max(\"{key}\") FROM \"{table.Table}\"))", cancellationToken);
    }

    /// <summary>"character varying(64)" → "character varying": the binary writer wants the type, not its length.</summary>
    private static string BaseTypeName(string columnType) => columnType.Split('(')[0].Trim();

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
