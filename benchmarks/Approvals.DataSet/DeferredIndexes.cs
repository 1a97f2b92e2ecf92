namespace Approvals.DataSet;

/// <summary>
/// Secondary indexes dropped before a bulk load and built again after it from their exact definitions, as the provider
/// lists them; the restore checks that the schema then has the same indexes, by name and definition, as before.
/// </summary>
public sealed class DeferredIndexes(
    Func<IReadOnlyList<TableShape>, CancellationToken, Task<List<(string Name, string Definition)>>> list,
    Func<string, CancellationToken, Task> execute)
{
    private List<(string Name, string Definition)> _dropped = [];

    public async Task DropAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken)
    {
        _dropped = await list(tables, cancellationToken);
        foreach (var (name, _) in _dropped)
            await execute($"DROP INDEX \"{name}\"", cancellationToken);
    }

    public async Task RestoreAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken)
    {
        foreach (var (_, definition) in _dropped)
            await execute(definition, cancellationToken);
        var now = await list(tables, cancellationToken);
        if (!now.OrderBy(i => i.Name, StringComparer.Ordinal).SequenceEqual(_dropped.OrderBy(i => i.Name, StringComparer.Ordinal)))
            throw new InvalidOperationException("The indexes built after the load differ from the migrations' indexes.");
    }
}
