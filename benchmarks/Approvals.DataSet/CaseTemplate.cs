namespace Approvals.DataSet;

/// <summary>The rows one real case added, per table, and the rows it changed (counters, chain ends).</summary>
public sealed record CaseTemplate(IReadOnlyDictionary<string, IReadOnlyList<object?[]>> Added, IReadOnlyDictionary<string, IReadOnlyList<object?[]>> Changed)
{
    /// <summary>This case with another's rows of the table, where this case refers to a row the other wrote (the open case's applicant, registered by the first).</summary>
    public CaseTemplate Borrowing(string table, CaseTemplate other) =>
        Added.ContainsKey(table) || !other.Added.TryGetValue(table, out var rows)
            ? this
            : this with { Added = new Dictionary<string, IReadOnlyList<object?[]>>(Added, StringComparer.Ordinal) { [table] = rows } };

    public static CaseTemplate Between(Dictionary<string, Dictionary<object, object?[]>> before, Dictionary<string, Dictionary<object, object?[]>> after)
    {
        var added = new Dictionary<string, IReadOnlyList<object?[]>>(StringComparer.Ordinal);
        var changed = new Dictionary<string, IReadOnlyList<object?[]>>(StringComparer.Ordinal);
        foreach (var (table, rows) in after)
        {
            var earlier = before.GetValueOrDefault(table) ?? [];
            var newRows = rows.Where(r => !earlier.ContainsKey(r.Key)).Select(r => r.Value).ToList();
            var changedRows = rows.Where(r => earlier.TryGetValue(r.Key, out var old) && !old.SequenceEqual(r.Value, ValueComparer.Instance)).Select(r => r.Value).ToList();
            if (newRows.Count > 0)
                added[table] = newRows;
            if (changedRows.Count > 0)
                changed[table] = changedRows;
        }
        return new CaseTemplate(added, changed);
    }

    private sealed class ValueComparer : IEqualityComparer<object?>
    {
        public static readonly ValueComparer Instance = new();

        public new bool Equals(object? x, object? y) => x is System.Collections.IEnumerable a and not string && y is System.Collections.IEnumerable b and not string
            ? a.Cast<object?>().SequenceEqual(b.Cast<object?>())
            : object.Equals(x, y);

        public int GetHashCode(object? obj) => 0;
    }
}
