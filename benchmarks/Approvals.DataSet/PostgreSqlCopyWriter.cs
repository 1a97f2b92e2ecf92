using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Approvals.DataSet;

/// <summary>
/// Binary COPY per table: the fastest way rows enter PostgreSQL. While loading, foreign-key triggers are off for this
/// session (the rows are consistent by construction) and the secondary indexes are dropped, then built again from
/// their exact definitions (<c>pg_get_indexdef</c>), which are checked against what was there before.
/// </summary>
public sealed class PostgreSqlCopyWriter(NpgsqlConnection connection) : IBulkWriter
{
    private readonly DeferredIndexes _indexes = new((tables, ct) => IndexesAsync(connection, tables, ct), (sql, ct) => ExecuteAsync(connection, sql, ct));


    public static async Task<PostgreSqlCopyWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var writer = new PostgreSqlCopyWriter(connection);
        await writer.ExecuteAsync("SET session_replication_role = replica; SET maintenance_work_mem = '512MB'; SET synchronous_commit = off", cancellationToken);
        return writer;
    }

    public Task WriteAsync(TableShape table, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var types = table.Properties.Select(p => BaseTypeName(p.GetColumnType())).ToArray();
        var copy = $"COPY \"{table.Table}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        using var importer = connection.BeginBinaryImport(copy);
        foreach (var row in rows)
        {
            importer.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                if (table.ToProvider(i, row[i]) is { } value)
                    importer.Write(value, types[i]);
                else
                    importer.WriteNull();
            }
        }
        importer.Complete();
        return Task.CompletedTask;
    }

    public Task ExecuteAsync(string sql, CancellationToken cancellationToken) => ExecuteAsync(connection, sql, cancellationToken);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task SettleAsync(CancellationToken cancellationToken) => ExecuteAsync("VACUUM (ANALYZE)", cancellationToken);

    public Task ContinueKeysAfterAsync(TableShape table, CancellationToken cancellationToken)
    {
        var key = table.Columns[table.GeneratedIntegerKey];
        return ExecuteAsync($"SELECT setval(pg_get_serial_sequence('\"{table.Table}\"', '{key}'), (SELECT max(\"{key}\") FROM \"{table.Table}\"))", cancellationToken);
    }

    /// <summary>Drops the indexes that no constraint (primary key) owns on the tables about to be loaded.</summary>
    public Task DeferIndexesAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken) => _indexes.DropAsync(tables, cancellationToken);

    public Task RestoreIndexesAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken) => _indexes.RestoreAsync(tables, cancellationToken);

    private static async Task<List<(string Name, string Definition)>> IndexesAsync(NpgsqlConnection connection, IReadOnlyList<TableShape> tables, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY c.relname
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tables.Select(t => t.Table).ToArray() });
        List<(string, string)> indexes = [];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        return indexes;
    }

    /// <summary>"character varying(64)" → "character varying": the binary writer wants the type, not its length.</summary>
    private static string BaseTypeName(string columnType) => columnType.Split('(')[0].Trim();

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
