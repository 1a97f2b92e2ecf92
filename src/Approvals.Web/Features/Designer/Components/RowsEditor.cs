namespace Approvals.Web.Features.Designer.Components;

/// <summary>A structured editor whose form is a list of rows that can be added, changed, removed and reordered.</summary>
public abstract class RowsEditor<TRow> : StructuredEditor<IReadOnlyList<TRow>>
{
    protected abstract TRow NewRow();

    /// <summary>The resource whose format ("字段 {0}") names a row by its number.</summary>
    protected abstract string RowLabelKey { get; }

    protected string RowLabel(int index, string name) => $"{string.Format(T[RowLabelKey].Value, index + 1)} {name}".Trim();

    protected IReadOnlyList<TRow> Rows => Form ?? [];

    protected Task AddAsync() => ApplyAsync([.. Rows, NewRow()]);

    /// <summary>Changes a row as it is when the change arrives, so edits of two of its fields never undo each other.</summary>
    protected Task UpdateAsync(int index, Func<TRow, TRow> change)
    {
        var rows = Rows.ToList();
        rows[index] = change(rows[index]);
        return ApplyAsync(rows);
    }

    protected Task RemoveAsync(int index)
    {
        var rows = Rows.ToList();
        rows.RemoveAt(index);
        return ApplyAsync(rows);
    }

    /// <param name="offset">-1 moves the row up, 1 down.</param>
    protected Task MoveAsync(int index, int offset)
    {
        var rows = Rows.ToList();
        var target = index + offset;
        if (target < 0 || target >= rows.Count)
            return Task.CompletedTask;
        (rows[index], rows[target]) = (rows[target], rows[index]);
        return ApplyAsync(rows);
    }
}
