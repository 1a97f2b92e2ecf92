using Approvals.Infrastructure.Persistence;
using Npgsql;

namespace Approvals.Infrastructure.Tests.Connections;

public sealed class PostgreSqlConnectionTuningTests
{
    [Theory]
    [InlineData("Host=db;Database=approvals", "-c jit=off")]
    [InlineData("Host=db;Database=approvals;Options=-c statement_timeout=5000", "-c statement_timeout=5000 -c jit=off")]
    // An operator who chose JIT for the connections keeps their choice.
    [InlineData("Host=db;Database=approvals;Options=-c jit=on", "-c jit=on")]
    public void The_applications_sessions_start_with_jit_off_unless_the_operator_set_it(string configured, string options)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionTuning.Apply(configured));

        Assert.Equal(options, tuned.Options);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("approvals", tuned.Database);
    }
}
