namespace Approvals.DataSet;

/// <summary>Writes rows of one table at a time, as fast as the provider takes them; values are CLR values of the entity's properties (or <see cref="Stored"/>).</summary>
public interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync(TableShape table, IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>Runs one statement (counters, chain ends, sequences) after the rows are in.</summary>
    Task ExecuteAsync(string sql, CancellationToken cancellationToken);

    /// <summary>Lets the database's generated keys continue after the highest key written.</summary>
    Task ContinueKeysAfterAsync(TableShape table, CancellationToken cancellationToken);

    /// <summary>Drops the secondary indexes of these tables (building them once after the load is faster than keeping them up row by row).</summary>
    Task DeferIndexesAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken);

    /// <summary>
    /// Leaves the loaded tables as a zone's long-running database has them: statistics gathered and, where the provider
    /// keeps one, the visibility map set (PostgreSQL answers from covering indexes alone only for pages it marks
    /// all-visible; after a bulk load none is, until autovacuum reaches each table).
    /// </summary>
    Task SettleAsync(CancellationToken cancellationToken);

    /// <summary>Builds the dropped indexes again from their exact definitions and checks the schema has the same indexes as before.</summary>
    Task RestoreIndexesAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken);
}
