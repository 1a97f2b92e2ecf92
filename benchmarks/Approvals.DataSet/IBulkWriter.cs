namespace Approvals.DataSet;

/// <summary>Writes rows of one table at a time, as fast as the provider takes them; values are CLR values of the entity's properties.</summary>
public interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync(TableShape table, IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>Runs one statement (counters, chain ends, sequences) after the rows are in.</summary>
    Task ExecuteAsync(string sql, CancellationToken cancellationToken);

    /// <summary>Lets the database's generated keys continue after the highest key written.</summary>
    Task ContinueKeysAfterAsync(TableShape table, CancellationToken cancellationToken);
}
