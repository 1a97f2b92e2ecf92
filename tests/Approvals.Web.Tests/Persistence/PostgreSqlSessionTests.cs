using Approvals.Web.Tests.Metrology.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Persistence;

/// <summary>
/// The host's PostgreSQL sessions run without JIT: with a zone's history the planner's estimates of the statistics'
/// and the outbox sweep's index reads pass the JIT threshold, and compiling them cost more than the reads (0.15–7 s).
/// </summary>
public sealed class PostgreSqlSessionTests(PostgreSqlMatrixFactory factory) : IClassFixture<PostgreSqlMatrixFactory>
{
    [SkippableFact]
    public async Task The_hosts_database_sessions_have_jit_off()
    {
        factory.EnsureAvailable();

        var jit = await factory.DatabaseAsync(db => db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync());

        Assert.Equal("off", jit);
    }
}
