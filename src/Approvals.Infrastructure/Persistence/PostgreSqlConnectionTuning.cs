using Npgsql;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// Session settings the application's PostgreSQL connections start with. JIT is off: PostgreSQL compiles a plan's
/// expressions once its estimated cost passes <c>jit_above_cost</c>, and over a zone's history the estimates of the
/// index-range reads (statistics, the outbox sweep) pass it while the reads themselves take milliseconds; the
/// compilation then cost 0.15–7 s a statement. An operator's own <c>jit</c> option in the connection string wins.
/// </summary>
internal static class PostgreSqlConnectionTuning
{
    private const string JitOff = "-c jit=off";

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) == true)
            return connectionString;
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? JitOff : builder.Options + " " + JitOff;
        return builder.ConnectionString;
    }
}
