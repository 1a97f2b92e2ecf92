using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence;
using Approvals.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>
/// A migrated PostgreSQL database whose context records every query it sends, and PostgreSQL's plan for each
/// (<c>EXPLAIN (FORMAT JSON)</c> with the same parameters). Sequential scans are switched off for the plan, so on a
/// small test table the planner shows the index path it has (one that a table of years of cases takes) and a query
/// with no usable index still shows a scan of the whole table.
/// </summary>
internal sealed class PostgreSqlPlans : IAsyncDisposable
{
    private readonly DatabaseTarget _target;
    private readonly QueryRecorder _recorder = new();

    private PostgreSqlPlans(DatabaseTarget target)
    {
        _target = target;
        Db = new PostgreSqlApprovalsDbContext(new DbContextOptionsBuilder<PostgreSqlApprovalsDbContext>()
            .UseNpgsql(target.ConnectionString).AddInterceptors(_recorder).Options);
    }

    public ApprovalsDbContext Db { get; }

    public static async Task<PostgreSqlPlans> MigratedAsync()
    {
        var plans = new PostgreSqlPlans(await DatabaseTarget.PostgreSqlAsync());
        await plans.Db.Database.MigrateAsync();
        plans._recorder.Clear();
        return plans;
    }

    /// <summary>The nodes of each query's plan sent since the last call, per query, outermost first.</summary>
    public async Task<IReadOnlyList<(string Sql, IReadOnlyList<PlanNode> Plan)>> PlansOfQueriesSentAsync()
    {
        var queries = _recorder.TakeAll();
        await using var connection = new NpgsqlConnection(_target.ConnectionString);
        await connection.OpenAsync();
        await using (var analyze = new NpgsqlCommand("ANALYZE; SET enable_seqscan = off;", connection))
            await analyze.ExecuteNonQueryAsync();
        var plans = new List<(string, IReadOnlyList<PlanNode>)>();
        foreach (var (sql, parameters) in queries)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + sql, connection);
            foreach (var (name, value) in parameters)
                explain.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
            var json = JsonNode.Parse((string)(await explain.ExecuteScalarAsync())!)!;
            var nodes = new List<PlanNode>();
            Flatten(json[0]!["Plan"]!, nodes);
            plans.Add((sql, nodes));
        }
        return plans;
    }

    private static void Flatten(JsonNode node, List<PlanNode> into)
    {
        into.Add(new PlanNode(
            (string)node["Node Type"]!, (string?)node["Relation Name"], (string?)node["Index Name"],
            node["Index Cond"] is not null || node["Recheck Cond"] is not null));
        foreach (var child in node["Plans"]?.AsArray() ?? [])
            Flatten(child!, into);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await _target.DisposeAsync();
    }
}

/// <summary>One node of a PostgreSQL plan: what it does, on which table through which index, and whether an index condition bounds it.</summary>
internal sealed record PlanNode(string NodeType, string? Relation, string? Index, bool Bounded)
{
    public override string ToString() => $"{NodeType} {Relation} {Index}{(Bounded ? " (bounded)" : "")}";
}
