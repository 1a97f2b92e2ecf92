using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence;
using Approvals.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>
/// A migrated PostgreSQL database whose context records every query it sends, and the plan of each with the same
/// parameters (<c>EXPLAIN (FORMAT JSON)</c>). Sequential scans are priced out of the planner's choice
/// (<c>enable_seqscan = off</c>), as they are once the tables hold years of cases: a plan that still reads a whole
/// table or index has no index that narrows it.
/// </summary>
internal sealed class PostgreSqlPlans : IQueryPlans
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

    /// <summary>The steps of each read sent since the last call, outermost first, with its SQL.</summary>
    public async Task<IReadOnlyList<(string Sql, IReadOnlyList<PlanStep> Plan)>> PlansOfQueriesSentAsync()
    {
        var queries = _recorder.TakeAll();
        await using var connection = new NpgsqlConnection(_target.ConnectionString);
        await connection.OpenAsync();
        await using (var settings = new NpgsqlCommand("SET enable_seqscan = off", connection))
            await settings.ExecuteNonQueryAsync();
        var plans = new List<(string, IReadOnlyList<PlanStep>)>();
        // Only reads: explaining a batch of writes would explain the first and run the others.
        foreach (var (sql, parameters) in queries.Where(q => q.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + sql, connection);
            foreach (var (name, value) in parameters)
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            var json = JsonNode.Parse((string)(await explain.ExecuteScalarAsync())!)!;
            var steps = new List<PlanStep>();
            Collect(json[0]!["Plan"]!.AsObject(), steps);
            plans.Add((sql, steps));
        }
        return plans;
    }

    public async Task<IReadOnlyList<IReadOnlyList<PlanStep>>> StepsOfQueriesSentAsync() =>
        [.. (await PlansOfQueriesSentAsync()).Select(q => q.Plan)];

    private static void Collect(JsonObject node, List<PlanStep> steps)
    {
        steps.Add(PlanStep.FromPostgreSql(node));
        foreach (var child in node["Plans"]?.AsArray() ?? [])
            Collect(child!.AsObject(), steps);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await _target.DisposeAsync();
    }
}
