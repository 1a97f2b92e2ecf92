using Microsoft.Data.Sqlite;

namespace Approvals.DataSet;

/// <summary>One prepared INSERT per table, run in transactions of many rows, journaling off while loading.</summary>
public sealed class SqliteInsertWriter(SqliteConnection connection) : IBulkWriter
{
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
                await command.ExecuteNonQueryAsync(cancellationToken);
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

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>SQLite's rowid keys (and AUTOINCREMENT's sequence) already continue after the highest row.</summary>
    public Task ContinueKeysAfterAsync(TableShape table, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
