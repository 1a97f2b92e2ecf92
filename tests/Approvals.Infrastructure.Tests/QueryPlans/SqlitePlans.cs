using Approvals.Infrastructure.Persistence;
using Approvals.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>
/// A migrated SQLite database whose context records every query it sends, and SQLite's plan for each
/// (<c>EXPLAIN QUERY PLAN</c> with the same parameters): what the planner will do once the tables hold years of cases.
/// </summary>
internal sealed class SqlitePlans : IAsyncDisposable
{
    private readonly DatabaseTarget _target = DatabaseTarget.Sqlite();
    private readonly QueryRecorder _recorder = new();

    private SqlitePlans() => Db = new SqliteApprovalsDbContext(new DbContextOptionsBuilder<SqliteApprovalsDbContext>()
        .UseSqlite(_target.ConnectionString).AddInterceptors(_recorder).Options);

    public ApprovalsDbContext Db { get; }

    public static async Task<SqlitePlans> MigratedAsync()
    {
        var plans = new SqlitePlans();
        await plans.Db.Database.MigrateAsync();
        plans._recorder.Clear();
        return plans;
    }

    /// <summary>The plan lines (e.g. <c>SEARCH h USING INDEX …</c>) of each query sent since the last call, per query.</summary>
    public async Task<IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)>> PlansOfQueriesSentAsync()
    {
        var queries = _recorder.TakeAll();
        await using var connection = new SqliteConnection(_target.ConnectionString);
        await connection.OpenAsync();
        var plans = new List<(string, IReadOnlyList<string>)>();
        foreach (var (sql, parameters) in queries)
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            var lines = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                lines.Add(reader.GetString(3));
            plans.Add((sql, lines));
        }
        return plans;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await _target.DisposeAsync();
    }
}
