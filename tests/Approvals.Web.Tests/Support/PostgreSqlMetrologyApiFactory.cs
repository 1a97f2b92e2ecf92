using Approvals.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Approvals.Web.Tests.Support;

/// <summary>
/// <see cref="MetrologyApiFactory"/> with the PostgreSQL provider on a fresh database of the local server
/// (APPROVALS_TEST_POSTGRES), Hangfire's storage in the same database. Without a server the tests that use it
/// are skipped with the reason; with APPROVALS_REQUIRE_POSTGRES=1 (CI) they fail instead.
/// </summary>
public class PostgreSqlMetrologyApiFactory : MetrologyApiFactory
{
    private readonly DatabaseTarget? _database;
    private readonly SkipException? _unavailable;

    public PostgreSqlMetrologyApiFactory()
    {
        try
        {
            _database = DatabaseTarget.PostgreSqlAsync().GetAwaiter().GetResult();
        }
        catch (SkipException ex)
        {
            _unavailable = ex;
        }
    }

    /// <summary>Throws the reason the tests are skipped when there is no PostgreSQL server to use.</summary>
    public override void EnsureAvailable()
    {
        if (_unavailable is not null)
            throw _unavailable;
    }

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        EnsureAvailable();
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:Approvals", _database!.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
    }
}
