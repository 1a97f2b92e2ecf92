using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>
/// One step of a query plan, whichever provider planned it: which table (as the plan names it) and index it reads,
/// whether it reads a whole table or index (no condition narrows it) and whether it sorts rows.
/// </summary>
internal sealed partial record PlanStep(string Text, string? Relation, string? Index, bool ReadsWhole, bool Sorts)
{
    /// <summary>A line of SQLite's <c>EXPLAIN QUERY PLAN</c>: <c>SEARCH</c> reads a range, <c>SCAN</c> everything.</summary>
    public static PlanStep FromSqlite(string line) => new(
        line,
        line.StartsWith("SCAN ", StringComparison.Ordinal) || line.StartsWith("SEARCH ", StringComparison.Ordinal) ? line.Split(' ')[1] : null,
        SqliteIndex().Match(line) is { Success: true } match ? match.Groups[1].Value : null,
        line.StartsWith("SCAN ", StringComparison.Ordinal),
        line.Contains("TEMP B-TREE", StringComparison.Ordinal));

    /// <summary>
    /// A node of PostgreSQL's <c>EXPLAIN (FORMAT JSON)</c>: a sequential scan reads everything, and so does an index
    /// scan without an index condition.
    /// </summary>
    public static PlanStep FromPostgreSql(JsonObject node)
    {
        var type = node["Node Type"]!.GetValue<string>();
        var index = node["Index Name"]?.GetValue<string>();
        var relation = node["Relation Name"]?.GetValue<string>();
        var condition = node["Index Cond"]?.GetValue<string>();
        var text = $"{type} {relation} {index} {condition}".Trim();
        return new(text, relation, index, type == "Seq Scan" || (index is not null && condition is null), type is "Sort" or "Incremental Sort");
    }

    [GeneratedRegex(@"USING (?:COVERING )?INDEX (\S+)")]
    private static partial Regex SqliteIndex();
}

/// <summary>A migrated database whose context records the queries it sends, and the plans of those queries.</summary>
internal interface IQueryPlans : IAsyncDisposable
{
    Persistence.ApprovalsDbContext Db { get; }

    /// <summary>The steps of each query's plan sent since the last call, per query.</summary>
    Task<IReadOnlyList<IReadOnlyList<PlanStep>>> StepsOfQueriesSentAsync();
}
