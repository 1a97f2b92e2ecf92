using Approvals.Infrastructure.Tests.Support;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Infrastructure.Tests.Runtime;

/// <summary>Nodes that start at the same moment on one fresh PostgreSQL database take turns setting up the schema.</summary>
public sealed class ConcurrentStartTests
{
    [SkippableFact]
    public async Task Two_nodes_starting_together_on_a_fresh_PostgreSQL_database_both_come_up_with_one_schema()
    {
        await using var target = await DatabaseTarget.PostgreSqlAsync();

        var hosts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => RuntimeHost.StartAsync(target, hangfireServer: true))));
        try
        {
            foreach (var host in hosts)
            {
                var pending = await host.DatabaseAsync(db => db.Database.GetPendingMigrationsAsync());
                Assert.Empty(pending);
                using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
                Assert.NotNull(connection.GetAllItemsFromSet("recurring-jobs"));
            }
        }
        finally
        {
            foreach (var host in hosts)
                await host.DisposeAsync();
        }
    }
}
