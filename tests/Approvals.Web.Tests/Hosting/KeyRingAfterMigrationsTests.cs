using System.Collections.Concurrent;
using System.Data.Common;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Hosting;

/// <summary>
/// A host started on a fresh database reads its data-protection key ring only once the migrations made its table: no
/// statement on <c>DataProtectionKeys</c> fails (PostgreSQL logged "relation DataProtectionKeys does not exist").
/// </summary>
public abstract class KeyRingAfterMigrationsTests<TFactory> where TFactory : MetrologyApiFactory, new()
{
    [SkippableFact]
    public async Task A_fresh_database_gets_its_tables_before_the_key_ring_is_first_read()
    {
        await using var factory = new TFactory();
        factory.EnsureAvailable();
        var failures = new FailedStatements();
        await using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(failures)));

        var keyRingRead = host.CreateClient().GetAsync("/account/login");

        Assert.True((await keyRingRead).IsSuccessStatusCode);
        Assert.DoesNotContain(failures.Texts, text => text.Contains("DataProtectionKeys", StringComparison.Ordinal));
    }

    private sealed class FailedStatements : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _texts = new();

        public IReadOnlyCollection<string> Texts => _texts;

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => _texts.Enqueue(command.CommandText);

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            _texts.Enqueue(command.CommandText);
            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteKeyRingAfterMigrationsTests : KeyRingAfterMigrationsTests<MetrologyApiFactory>;

public sealed class PostgreSqlKeyRingAfterMigrationsTests : KeyRingAfterMigrationsTests<PostgreSqlMetrologyApiFactory>;
