using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// Applies the provider's migrations and makes the first data-protection key before anything else starts (the first
/// of the hosted services, so the key ring is first read from a table that exists); on PostgreSQL one node at a time.
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, IKeyManager dataProtectionKeys, TimeProvider clock, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        await OneNodeAtATime.RunAsync(db, () => MigrateAsync(db, cancellationToken), cancellationToken);
    }

    private async Task MigrateAsync(ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            LogApplying(logger, options.Value.Provider, string.Join(", ", pending));
        await DatabaseInitializer.MigrateAsync(db, cancellationToken);
        SharedDataProtection.EnsureKey(dataProtectionKeys, clock);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Provider} migrations: {Migrations}")]
    private static partial void LogApplying(ILogger logger, DatabaseProvider provider, string migrations);
}
