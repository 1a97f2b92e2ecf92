using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Persistence;

/// <summary>Applies the provider's migrations before anything else starts (registered first among hosted services).</summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            LogApplying(logger, options.Value.Provider, string.Join(", ", pending));
        await DatabaseInitializer.MigrateAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Provider} migrations: {Migrations}")]
    private static partial void LogApplying(ILogger logger, DatabaseProvider provider, string migrations);
}
