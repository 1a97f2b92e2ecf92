using Microsoft.Data.Sqlite;

namespace Approvals.DataSet;

/// <summary>One prepared INSERT per table, run in transactions of many rows, syncing off while loading; secondary indexes are built after the load from their exact SQL.</summary>
public sealed class SqliteInsertWriter(SqliteConnection connection) : IBulkWriter
{
    private readonly DeferredIndexes _indexes = new((tables, ct) => IndexesAsync(connection, tables, ct), (sql, ct) => ExecuteAsync(connection, sql, ct));

    private const int RowsPerTransaction = 50_000;

    public static async Task<SqliteInsertWriter> OpenAsync(string file, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        var writer = new SqliteInsertWriter(connection);
        await writer.ExecuteAsync("PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;", cancellationToken);
        return writer;
    }

    public async Task WriteAsync(TableShape table, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table.Table}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        var transaction = connection.BeginTransaction();
        try
        {
            command.Transaction = transaction;
            command.Prepare();
            var inTransaction = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                    parameters[i].Value = table.ToProvider(i, row[i]) ?? DBNull.Value;
                command.ExecuteNonQuery();
                if (++inTransaction == RowsPerTransaction)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = connection.BeginTransaction();
                    command.Transaction = transaction;
                    inTransaction = 0;
                }
            }
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await transaction.DisposeAsync();
        }
    }

    public Task ExecuteAsync(string sql, CancellationToken cancellationToken) => ExecuteAsync(connection, sql, cancellationToken);

    public Task SettleAsync(CancellationToken cancellationToken) => ExecuteAsync("ANALYZE", cancellationToken);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task DeferIndexesAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken) => _indexes.DropAsync(tables, cancellationToken);

    public Task RestoreIndexesAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken) => _indexes.RestoreAsync(tables, cancellationToken);

    /// <summary>The indexes created by CREATE INDEX (not those SQLite makes for keys and UNIQUE constraints, whose SQL is null).</summary>
    private static async Task<List<(string Name, string Definition)>> IndexesAsync(SqliteConnection connection, IReadOnlyList<TableShape> tables, CancellationToken cancellationToken)
    {
        var names = tables.Select(t => t.Table).ToHashSet(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        List<(string, string)> indexes = [];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (names.Contains(reader.GetString(1)))
                indexes.Add((reader.GetString(0), reader.GetString(2)));
        }
        return indexes;
    }

    /// <summary>SQLite's rowid keys (and AUTOINCREMENT's sequence) already continue after the highest row.</summary>
    public Task ContinueKeysAfterAsync(TableShape table, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
