namespace Approvals.UseCases.Data;

/// <summary>
/// The keys that start with a prefix, as one range of an index on keys compared by code point (SQLite's BINARY,
/// PostgreSQL's "C" collation): from the prefix itself up to, not including, <see cref="End"/>.
/// </summary>
public static class KeyPrefix
{
    // The highest code point: every key that starts with the prefix sorts before prefix + this.
    private const string AfterEverything = "\U0010FFFF";

    /// <summary>The exclusive upper end of the range of keys that start with <paramref name="prefix"/>.</summary>
    public static string End(string prefix) => prefix + AfterEverything;
}
