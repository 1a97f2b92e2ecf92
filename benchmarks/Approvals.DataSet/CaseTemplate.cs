namespace Approvals.DataSet;

/// <summary>The rows one real case added, per table, and the rows it changed (counters, chain ends).</summary>
public sealed record CaseTemplate(IReadOnlyDictionary<string, IReadOnlyList<object?[]>> Added, IReadOnlyDictionary<string, IReadOnlyList<object?[]>> Changed)
{
    /// <summary>This case with the rows of <paramref name="table"/> (from the database's rows) that its rows refer to by key but did not add (a person the registry already held).</summary>
    public CaseTemplate Borrowing(string table, Dictionary<string, Dictionary<object, object?[]>> rows)
    {
        if (Added.ContainsKey(table))
            return this;
        var referenced = Added.Values.SelectMany(r => r).SelectMany(row => row.OfType<string>()).ToHashSet(StringComparer.Ordinal);
        var borrowed = rows.GetValueOrDefault(table, []).Where(r => r.Key is string key && referenced.Contains(key)).Select(r => r.Value).ToList();
        return borrowed.Count == 0 ? this : this with { Added = new Dictionary<string, IReadOnlyList<object?[]>>(Added, StringComparer.Ordinal) { [table] = borrowed } };
    }

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
